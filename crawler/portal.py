"""An agency whose site is a folder of another agency's portal: its section, not the whole host.

The national registry lists all fifty Bangkok district offices as folders of the city's portal
(``http://www.bangkok.go.th/bangkhen``), tambon offices as folders of a province's site
(``www.chainat.go.th/sub1/local_cnt/Link.local/tachai/index.htm``) or of a shared server
(``61.19.250.201/~borpunckun/``). On such a host the other folders are other agencies' pages -- the city's own
ITA/OIT index, another district's -- and none of them is this agency's evidence. So the pages of the agency are
those under its folder; a document its pages link on the same host is its own (portals keep every unit's uploads
in one shared tree, ``/public/user_files_editor/47/…``); any other page of the host is another agency's, checked as
an outside link is, never read as the agency's.

A registry URL that names a file at the root (``/index.php``, ``/home.php``) or an entry folder of the agency's own
site (``/th``, ``/main/``, ``/public/``) names the whole host, as before.

>>> section_of("http://www.bangkok.go.th/bangkhen"), section_of("http://www.chainat.go.th/sub1/tachai/index.htm")
('/bangkhen/', '/sub1/tachai/')
>>> section_of("http://www.x.go.th/"), section_of("http://www.x.go.th/index.php"), section_of("https://www.x.go.th/th")
('', '', '')
>>> in_section("https://webportal.bangkok.go.th/Bangkhen/page/sub/1/x", "/bangkhen/"), in_section("https://webportal.bangkok.go.th/ita/2569", "/bangkhen/")
(True, False)
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# first folders that are an entry of the agency's own site (a language, a CMS's public root), not another agency's
ENTRY_FOLDERS = frozenset({"th", "en", "main", "home", "index", "public", "system", "web", "site", "portal", "www",
                           "new", "newweb", "cms", "default", "frontend", "wp"})

FOLDER_NAME = re.compile(r"^[\w~.-]+$")  # a folder's name as servers spell them (Thai letters too)


def section_of(url: str) -> str:
    """The folder (``/bangkhen/``) a registry URL names as the agency's site on a host shared with others; ``""``
    when it names the whole host."""
    path = unquote(urlsplit(url).path or "/")
    last = path.rsplit("/", 1)[-1]
    folder = path.rsplit("/", 1)[0] if "." in last else path  # a file names its folder
    segments = [s for s in folder.split("/") if s]
    if not segments or segments[0].lower() in ENTRY_FOLDERS or not all(map(FOLDER_NAME.match, segments)):
        return ""  # a stray quote the registry typed after the slash (www.salakru.go.th/") names no folder
    return "/" + "/".join(segments).lower() + "/"


def in_section(url: str, section: str) -> bool:
    """Whether ``url`` is a page of the folder ``section`` (any page when there is none); paths compared without
    case, as the Windows servers of many portals answer them."""
    if not section:
        return True
    path = unquote(urlsplit(url).path or "/").lower()
    return path.startswith(section) or path + "/" == section
