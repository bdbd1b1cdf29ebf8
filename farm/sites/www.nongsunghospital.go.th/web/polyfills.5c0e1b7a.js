(()=>{"use strict";globalThis.Zone=globalThis.Zone||{};})();
