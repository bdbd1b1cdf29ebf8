(()=>{"use strict";var e={};})();
