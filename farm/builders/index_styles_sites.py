"""The twelve sites of ``index_styles.py``: who they are, their style, and how each item departs from "published well".

``v`` maps an item to a variant of ``index_styles.VARIANTS`` (absent items are published well).
"""

SAO, MUN = ("อบต.", "องค์การบริหารส่วนตำบล"), ("ทต.", "เทศบาลตำบล")


def agency(host, agency, style, kind, name, name_en, province, amphoe, address, phone, fax, mapq, mayor, summary, **kw):
    k, word = kind
    return dict(host=host, agency=agency, style=style, kind=k, kind_word=word, name_th=word + name, name_en=name_en,
                province=province, amphoe=amphoe, address=address, phone=phone, fax=fax,
                email=f"saraban@{host.removeprefix('www.')}", map=mapq, mayor=mayor,
                mayor_title=("นายกองค์การบริหารส่วนตำบล" if k == "อบต." else "นายกเทศมนตรีตำบล") + name,
                summary=summary, **kw)


SITES = [
    # ---------------------------------------------------------------- php_table
    agency("www.khoksila-sao.go.th", "khoksila", "php_table", SAO, "โคกศิลา", "Khok Sila SAO", "อุดรธานี", "กุมภวาปี",
           "หมู่ที่ 4 ตำบลโคกศิลา อำเภอกุมภวาปี จังหวัดอุดรธานี 41110", "042-331-456", "042-331-457",
           "17.1045,103.0221", "นายบุญมี แสนสุข",
           "PHP vendor site; OIT index is a bordered table (code | title | pdf.gif icon) with sub-indicator header rows, "
           "ita_detail.php?id= pages, fileupload/<random>.pdf; webboard answers 500, one dead PDF, '-' and "
           "'อยู่ระหว่างดำเนินการ' cells, last year's plan, a 3-month report.",
           v=dict(O4="prev", O8="e500", O12="two_parts", O17="dash", O21="monthly", O24="pending", O33="e404",
                  O37="months3", O42="old_and_new"),
           formats=dict(O16="xlsx", O14="docx"), item_pages=["O1", "O3", "O6", "O11", "O20"]),
    agency("www.nongphai.go.th", "nongphai", "php_table", MUN, "หนองไผ่", "Nong Phai Subdistrict Municipality",
           "เพชรบูรณ์", "หนองไผ่", "ถนนสระบุรี-หล่มสัก ตำบลหนองไผ่ อำเภอหนองไผ่ จังหวัดเพชรบูรณ์ 67140", "056-781-234",
           "056-781-235", "16.0012,101.0634", "นายสมศักดิ์ วงศ์ใหญ่",
           "PHP table index coded 'ข้อ 1'..'ข้อ 43'; Facebook only as a header icon (O9 row points to the home page); "
           "executives without photos; last year's PDPA policy; a hanging link and a dead PDF.",
           v=dict(O2="nophoto", O9="header_social", O10="prev", O16="months3", O19="pending", O21="monthly",
                  O26="e404", O29="denial", O30="dash", O36="hang"),
           codes="ข้อ", menu_class="topbar-list", item_pages=["O3", "O6", "O14", "O15", "O27", "O29"]),
    agency("www.thakham-sao.go.th", "thakham", "php_table", SAO, "ท่าขาม", "Tha Kham SAO", "ปราจีนบุรี", "ศรีมหาโพธิ",
           "หมู่ที่ 2 ตำบลท่าขาม อำเภอศรีมหาโพธิ จังหวัดปราจีนบุรี 25140", "037-210-455", "037-210-456",
           "13.9512,101.5013", "นายวิเชียร พรมมา",
           "PHP table index with year links (ita.php?year=2566 beside ita.php?year=2565 holding last year's PDFs); "
           "contact page without a map, a report of 2564, E-Service page answering 500, a deleted Google Drive file.",
           v=dict(O5="nomap", O13="prev", O18="e500", O22="e500", O27="dash", O31="gdrive", O35="pendingtop",
                  O39="deadext", O41="nodata"),
           year_links=True, item_pages=["O1", "O3", "O15", "O25"]),
    # ---------------------------------------------------------------- cards_accordion
    agency("www.huaykhayung.go.th", "huaykhayung", "cards_accordion", MUN, "ห้วยขะยุง", "Huai Khayung Subdistrict Municipality",
           "อุบลราชธานี", "วารินชำราบ", "หมู่ที่ 1 ตำบลห้วยขะยุง อำเภอวารินชำราบ จังหวัดอุบลราชธานี 34310", "045-269-100",
           "045-269-101", "15.1580,104.7512", "นายทองใบ สีหานาม",
           "Bootstrap 4: OIT items in tab panes per sub-indicator, each an accordion card 'O.1 …' whose collapse holds "
           "only 'เปิด' buttons; last year's operating plan, a '#' button, a 'ยังไม่มีข้อมูล' page, a dead PDF and a "
           "deleted Drive file.",
           v=dict(O11="prev", O12="two_parts", O14="hash", O16="months3", O20="e404", O32="nodata", O39="gdrive",
                  O40="deadext"),
           codes="O.", paths=dict(O2="executive.php", O5="contact.php")),
    agency("www.sriwilai-sao.go.th", "sriwilai", "cards_accordion", SAO, "ศรีวิไล", "Si Wilai SAO", "บึงกาฬ", "ศรีวิไล",
           "หมู่ที่ 6 ตำบลศรีวิไล อำเภอศรีวิไล จังหวัดบึงกาฬ 38210", "042-417-088", "042-417-089",
           "18.1901,103.7420", "นายบุญเลิศ ไชยวงศ์",
           "Bootstrap list-group index coded '001'..'043' (zero for O): a '#!' title anchor beside a text-less "
           "fa-download link; O23 only a javascript:void(0) title; contact page without fax; a hanging PDF.",
           v=dict(O5="nofax", O21="monthly", O23="void", O26="prev", O29="denial", O31="hang", O34="pending",
                  O38="hash"),
           codes="00", cards_mode="list", formats=dict(O16="xlsx")),
    agency("www.donkaeo.go.th", "donkaeo", "cards_accordion", MUN, "ดอนแก้ว", "Don Kaeo Subdistrict Municipality",
           "เชียงใหม่", "แม่ริม", "เลขที่ 99 หมู่ที่ 3 ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่ 50180", "053-121-345",
           "053-121-346", "18.8601,98.9402", "นายอินทร์ สุขเกษม",
           "Bootstrap: an OIT year list page (cards ปีงบประมาณ 2567/2566/2565 with text-less stretched links) leads "
           "to the 2566 detail page: one accordion card per sub-indicator holding a table 'o01 | title | document list' "
           "(after a real Bootstrap OIT page); news only from 2565, executives without phone, "
           "last year's procurement plan, a 3-month HR report, a service-manual PDF answering 500.",
           v=dict(O2="nophone", O7="lastyear_news", O15="e500", O19="prev", O24="months3", O29="dash", O36="pending"),
           codes="o0", year_list=True, cards_mode="subacc"),
    # ---------------------------------------------------------------- thai_digits
    agency("www.bankhwao-sao.go.th", "bankhwao", "thai_digits", SAO, "บ้านขวาว", "Ban Khwao SAO", "ชัยภูมิ", "บ้านเขว้า",
           "หมู่ที่ 8 ตำบลบ้านขวาว อำเภอบ้านเขว้า จังหวัดชัยภูมิ 36170", "044-839-210", "044-839-211",
           "15.7702,101.9140", "นายสมพงษ์ ชาญชัย",
           "Written in Thai digits (codes O๑..O๔๓, ๒๕๖๖, ๑ ตุลาคม ๒๕๖๕, Thai-digit PDFs) in a table whose link cell "
           "says 'คลิก'; documents served by download.php?id=; a 2564 report, a 3-month สขร., a dead complaint "
           "channel, a hanging PDF.",
           v=dict(O12="two_parts", O13="prev", O17="dash", O21="months3", O24="pending", O28="e404", O35="hang"),
           thai=True, codes="Oth", download_php=True, thai_layout="table"),
    agency("www.thungkhwang.go.th", "thungkhwang", "thai_digits", MUN, "ทุ่งขวาง", "Thung Khwang Subdistrict Municipality",
           "นครราชสีมา", "โชคชัย", "เลขที่ ๑๒๙ หมู่ที่ ๕ ตำบลทุ่งขวาง อำเภอโชคชัย จังหวัดนครราชสีมา ๓๐๑๙๐", "044-491-777",
           "044-491-778", "14.6901,102.2013", "นายประยูร ดีเลิศ",
           "Thai digits, index as a list 'ข้อ ๑ … ดาวน์โหลด' under sub-indicator headings; executives without "
           "photos, a 3-month statistics report, last year's No Gift announcement, a 500 PDF, 'ยังไม่มีข้อมูล'.",
           v=dict(O2="nophoto", O9="header_social", O16="months3", O20="pending", O29="denial", O31="prev",
                  O35="e500", O40="nodata"),
           thai=True, codes="ข้อ", thai_layout="list", link_word="ดาวน์โหลด", formats=dict(O14="docx"),
           paths=dict(home="index.php")),
    agency("www.lamsai-sao.go.th", "lamsai", "thai_digits", SAO, "ลำไทร", "Lam Sai SAO", "พระนครศรีอยุธยา", "วังน้อย",
           "หมู่ที่ ๓ ตำบลลำไทร อำเภอวังน้อย จังหวัดพระนครศรีอยุธยา ๑๓๑๗๐", "035-271-401", "035-271-402",
           "14.2301,100.7215", "นางสาวพรทิพย์ ใจซื่อ",
           "Thai digits in a div grid (oit-box: code / name / 'เปิดดู'); PDPA policy not on the site at all, "
           "contact without map, a 2564 procurement report, a hanging PDF, webboard answering 500.",
           v=dict(O5="nomap", O8="e500", O10="absent", O22="prev", O33="hang", O38="dash"),
           thai=True, codes="Oth", thai_layout="grid", link_word="เปิดดู", formats=dict(O16="xlsx")),
    # ---------------------------------------------------------------- tis620
    agency("www.chumsaeng-sao.go.th", "chumsaeng", "tis620", SAO, "ชุมแสง", "Chum Saeng SAO", "ระยอง", "วังจันทร์",
           "หมู่ที่ 1 ตำบลชุมแสง อำเภอวังจันทร์ จังหวัดระยอง 21210", "038-666-120", "038-666-121",
           "12.9912,101.5320", "นายชาตรี ทองมา",
           "TIS-620 site in frames (index.htm = frameset top/menu/main); the menu frame is an image map, the ITA "
           "table is reached from a banner <img>; last year's development plan, a 3-month report, a dead PDF.",
           v=dict(O4="prev", O12="months3", O25="dash", O37="e404", O41="hash"),
           manifest=dict(encoding="tis-620"), frames=True, meta_charset="tis-620"),
    agency("www.banpao.go.th", "banpao", "tis620", MUN, "บ้านเป้า", "Ban Pao Subdistrict Municipality", "ลำปาง", "เกาะคา",
           "หมู่ที่ 2 ตำบลบ้านเป้า อำเภอเกาะคา จังหวัดลำปาง 52130", "054-281-310", "054-281-311",
           "18.1902,99.3910", "นายสุรพล คำแก้ว",
           "TIS-620 bytes sent with a lying 'charset=utf-8' header (meta says windows-874); table layout, <font> "
           "tags, image-map menu, ITA banner <img>; no corruption-complaint channel, last year's PDPA policy, "
           "executives without photos, a dead PDF.",
           v=dict(O2="nophoto", O10="prev", O17="e404", O21="monthly", O28="absent", O32="pending", O34="hash"),
           manifest=dict(encoding="tis-620", charset_header="utf-8"), meta_charset="windows-874"),
    agency("www.nonthong-sao.go.th", "nonthong", "tis620", SAO, "โนนทอง", "Non Thong SAO", "ขอนแก่น", "น้ำพอง",
           "หมู่ที่ 7 ตำบลโนนทอง อำเภอน้ำพอง จังหวัดขอนแก่น 40140", "043-441-520", "043-441-521",
           "16.6801,102.8512", "นายคำพันธ์ ศรีบุญ",
           "TIS-620 table layout with <font> tags and an image-map menu; contact data only in the footer (O5 row "
           "points to the home page), a PDF answering 500, old HR plan and ITA analysis, a 3-month report.",
           v=dict(O5="footer", O16="months3", O20="e500", O23="prev", O36="dash", O39="nodata", O42="prev"),
           manifest=dict(encoding="tis-620"), meta_charset="tis-620", paths=dict(home="index.htm")),
]
