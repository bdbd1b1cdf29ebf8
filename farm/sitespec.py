"""What each sample site is like: its agency, how it publishes OIT, and what is wrong with it.

``make_sites.py`` turns these specs into plain files under ``farm/sites/<host>/`` and writes each site's
``expected.yaml`` (the true status of every item, as an assessor reading the site would record it).
Variations per item code:
  omit          item not published at all                        -> missing
  placeholder   listed, but its link is href="#"                 -> missing
  broken404     link to a document that does not exist           -> broken
  broken500     link to a page that fails with HTTP 500          -> broken
  hang          the page never answers (timeout)                 -> broken
  year          document of another fiscal year                  -> partial
  months3       six-month report covering only ต.ค.–ธ.ค.          -> partial
  image_only    scanned PDF without a text layer, read by OCR    -> pass
  external      document on an outside host (drive.google.com)   -> pass (reachable, not read)
  no_fax_map    contact page without fax and map                 -> partial
  dead_social   social link to a dead outside page               -> broken
"""

SITES = [
    {
        "host": "www.bansample.go.th", "id": "bansample", "name_th": "องค์การบริหารส่วนตำบลบ้านตัวอย่าง",
        "name_en": "Ban Tua Yang SAO", "type": "อบต.", "province": "นครราชสีมา",
        "style": "ita_index", "year": 2566, "vary": {},
        "about": "model site: an ITA 2566 index page linking O1..O43, everything complete; DOCX and XLSX documents",
    },
    {
        "host": "www.khokcharoen.go.th", "id": "khokcharoen", "name_th": "องค์การบริหารส่วนตำบลโคกเจริญ",
        "name_en": "Khok Charoen SAO", "type": "อบต.", "province": "ขอนแก่น",
        "style": "menus", "year": 2566,
        "vary": {"O10": "omit", "O17": "omit", "O33": "omit", "O41": "omit"},
        "manifest": {"robots": "User-agent: *\nDisallow: /admin/\n", "calendar": "/calendar.php",
                     "redirect": {"/index.php": "/"}, "redirect_loop": ["/loop.php"], "slow": {"/news.html": 1.0}},
        "about": "no ITA page: items reached through menus and sub-menus; four items not published; "
                 "robots.txt, an endless calendar, a redirect loop and a slow page",
    },
    {
        "host": "www.thungyai.go.th", "id": "thungyai", "name_th": "เทศบาลตำบลทุ่งใหญ่",
        "name_en": "Thung Yai Subdistrict Municipality", "type": "เทศบาล", "province": "อุดรธานี",
        "style": "ita_index", "year": 2566, "index_year": 2566,
        "vary": {"O4": "year", "O7": "year", "O11": "year", "O19": "year", "O20": "year", "O34": "year", "O36": "year"},
        "extra_index_year": 2565,
        "about": "ITA pages for 2565 and 2566; in 2566 several documents are last year's files (wrong fiscal year)",
    },
    {
        "host": "www.huaisai.go.th", "id": "huaisai", "name_th": "องค์การบริหารส่วนตำบลห้วยทราย",
        "name_en": "Huai Sai SAO", "type": "อบต.", "province": "นครราชสีมา",
        "style": "ita_index", "year": 2566,
        "vary": {"O12": "broken404", "O21": "broken404", "O26": "broken500", "O29": "placeholder", "O38": "placeholder",
                 "O5": "no_fax_map"},
        "about": "ITA index with dead PDF links (404), a page that fails with 500, '#' placeholders and an incomplete contact page",
    },
    {
        "host": "www.nongyang.go.th", "id": "nongyang", "name_th": "องค์การบริหารส่วนตำบลหนองยาง",
        "name_en": "Nong Yang SAO", "type": "อบต.", "province": "อุตรดิตถ์",
        "style": "ita_index", "year": 2566, "thai_digits": True, "code_style": "thai",
        "vary": {"O8": "hang", "O9": "dead_social"},
        "manifest": {"hang": ["/webboard/"]},
        "about": "years and codes in Thai digits (๒๕๖๖, ข้อ ๑); a webboard that never answers; a dead Facebook link",
    },
    {
        "host": "www.wangnam.go.th", "id": "wangnam", "name_th": "องค์การบริหารส่วนตำบลวังน้ำ",
        "name_en": "Wang Nam SAO", "type": "อบต.", "province": "อุดรธานี",
        "style": "ita_index", "year": 2566, "code_style": "zero",
        "vary": {"O12": "months3", "O16": "months3", "O37": "months3"},
        "manifest": {"encoding": "tis-620", "charset_header": "utf-8"},
        "about": "legacy TIS-620 site whose server wrongly says utf-8; codes written 01..043; six-month reports "
                 "covering only three months",
    },
    {
        "host": "www.phonsawan.go.th", "id": "phonsawan", "name_th": "เทศบาลตำบลโพนสวรรค์",
        "name_en": "Phon Sawan Subdistrict Municipality", "type": "เทศบาล", "province": "ขอนแก่น",
        "style": "ita_index", "year": 2566, "scheme": "https",
        "vary": {"O13": "external", "O22": "external", "O24": "external", "O36": "image_only"},
        "manifest": {"tls": "expired"},
        "about": "HTTPS with an expired self-signed certificate; documents on drive.google.com; one scanned PDF",
    },
    {
        "host": "www.maetha.go.th", "id": "maetha", "name_th": "องค์การบริหารส่วนตำบลแม่ทา",
        "name_en": "Mae Tha SAO", "type": "อบต.", "province": "อุตรดิตถ์",
        "style": "down", "year": 2566, "vary": {},
        "manifest": {"down": True},
        "about": "the site is down: every item unchecked",
    },
    {
        "host": "www.sawangdaen.go.th", "id": "sawangdaen", "name_th": "เทศบาลตำบลสว่างแดน",
        "name_en": "Sawang Daen Subdistrict Municipality", "type": "เทศบาล", "province": "นครราชสีมา",
        "style": "ita_index", "year": 2566, "hostile_title": True, "div_layout": True,
        "vary": {"O15": "omit", "O32": "omit", "O4": "year"},
        "about": "menus and footer built from <div class=menu/footer> (their 'ITA 2566' must not count as content); "
                 "a page title with <script> in it (the web UI must show it as text); two items not published; "
                 "last year's strategic plan",
    },
]

# What the variation does to the status an assessor records.
EXPECTED = {
    None: "pass", "omit": "missing", "placeholder": "missing", "broken404": "broken", "broken500": "broken",
    "hang": "broken", "year": "partial", "months3": "partial", "image_only": "pass", "external": "pass",
    "no_fax_map": "partial", "dead_social": "broken",
}
