self.__BUILD_MANIFEST={"/":[],"/news":[],"/[...slug]":[],"/ita/[year]":[],"/ita/[year]/[code]":[]};self.__BUILD_MANIFEST_CB&&self.__BUILD_MANIFEST_CB();
