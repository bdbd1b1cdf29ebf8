"""The twelve query-string sites written by ``farm/builders/cms_query.py`` (see its docstring for the item modes)."""
from __future__ import annotations

import re

from farm.builders.cms_query_content import TITLES

TRANSLIT = {"O1": "khrongsang", "O3": "amnatnathi", "O4": "phaenphatthana66-70", "O6": "kotmai", "O10": "pdpa",
            "O11": "phaendamnoenngan66", "O12": "rai-ngan-6duean", "O13": "phon-damnoenngan65", "O14": "khumue-patibatngan",
            "O15": "khumue-prachachon", "O16": "sathiti-borikan", "O17": "khwamphuengphochai", "O19": "phaen-chatsue66",
            "O20": "prakat-chatsue", "O21": "sorkhoro1", "O22": "ruam-chatsue65", "O23": "phaen-bukkhalakon",
            "O24": "phon-bukkhalakon-6m", "O25": "laknoen-HR", "O26": "rai-ngan-HR65", "O27": "khumue-rongrian",
            "O29": "sathiti-rongrian", "O30": "mi-suan-ruam", "O31": "no-gift-policy", "O32": "no-gift-kitchakam",
            "O33": "no-gift-report", "O34": "prameon-khwamsiang", "O35": "chatkan-khwamsiang", "O36": "phaen-pongkan",
            "O37": "pongkan-6duean", "O38": "pongkan-rai-ngan65", "O39": "pramuan-chariyatham", "O40": "khapkhluean-chariyatham",
            "O41": "prameon-chariyatham", "O42": "mattrakan-ITA", "O43": "phon-mattrakan"}


def thai_name(code: str) -> str:
    """A Thai upload file name as agencies type it: the title without spaces, cut short, with the year."""
    t = re.sub(r"[\s,()/&]+", "", TITLES[code])[:22]
    return f"{t}66"


def translit(code: str) -> str:
    return f"{code.lower()}-{TRANSLIT.get(code, 'ita')}"


def execs(mayor: str, kind: str, tel: str) -> list[tuple[str, str, str]]:
    return [(mayor, f"นายก{kind}", tel.replace("0-4", "08-1").replace("0-5", "08-9")),
            ("นายวีระ สุขสวัสดิ์", f"รองนายก{kind}", "08-6234-1188"),
            ("นางบุญมี ศรีสุข", f"รองนายก{kind}", "08-7654-2231"),
            ("นายชาญชัย แก้วกล้า", f"ปลัด{kind}", "08-9123-4567")]


SITES: list[dict] = [
    # ------------------------------------------------------------------------------------------ WordPress
    dict(host="www.khamyai-sao.go.th", id="khamyai", style="wordpress", name_th="องค์การบริหารส่วนตำบลคำใหญ่",
         name_en="Kham Yai SAO", type="อบต.", province="กาฬสินธุ์", mayor="นายสมศักดิ์ พลเยี่ยม", clerk="นางอรุณี ภูผา",
         address="หมู่ที่ 4 ตำบลคำใหญ่ อำเภอห้วยเม็ก จังหวัดกาฬสินธุ์ 46170", tel="0-4301-4112", fax="0-4301-4113",
         email="saraban@khamyai-sao.go.th", latlon="16.5772,103.2611",
         theme="astra", ita_layout="elementor", file_names=thai_name, budget=True, news=200, ita_in_menu=False,
         banner_alt="", old_docs=["O4", "O11", "O19", "O31", "O36"],
         summary="WordPress (Astra + Elementor): ITA 2566 page of Elementor heading widgets with separate 'ดาวน์โหลด' "
                 "buttons, reached only from a banner without alt text at the bottom of a home page that first links "
                 "200 news posts (40 directly, 25 category pages, month and tag archives); Thai upload file names; "
                 "ITA 2565 page with last year's plans beside it",
         items={"O5": ("page", "no_map"), "O8": ("deadhost", None), "O12": ("pdf", "months3"), "O17": ("pdf", "old"),
                "O29": ("none", None), "O33": ("dead", None), "O41": ("page", "pending")}),
    dict(host="www.nonsungmuni.go.th", id="nonsungmuni", style="wordpress", name_th="เทศบาลตำบลโนนสูง",
         name_en="Non Sung Subdistrict Municipality", type="เทศบาลตำบล", province="อุดรธานี", mayor="นายบุญส่ง ศรีนวล",
         clerk="นายปรีชา มาลัย", address="เลขที่ 99 หมู่ที่ 1 ตำบลโนนสูง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41330",
         tel="0-4221-9051", fax="0-4221-9052", email="nonsung.muni@gmail.com", latlon="17.3655,102.8772",
         theme="twentytwentyone", ita_layout="gutenberg", file_names=translit, news=30,
         summary="WordPress with Gutenberg: ITA 2566 page of wp-block-file blocks (code and title in a paragraph, "
                 "the link text is a transliterated file name plus a 'ดาวน์โหลด' button); DOCX manual, XLSX statistics",
         items={"O4": ("pdf", "old"), "O14": ("docx", None), "O16": ("xlsx", None), "O21": ("dead", None),
                "O24": ("none", None), "O35": ("absent", None), "O31": ("pdf", "old"), "O43": ("pdf", "no_qr"),
                "O1": ("page", None), "O3": ("page", None), "O6": ("page", None)}),
    dict(host="www.huaiyang-sao.go.th", id="huaiyang", style="wordpress", name_th="องค์การบริหารส่วนตำบลห้วยยาง",
         name_en="Huai Yang SAO", type="อบต.", province="สกลนคร", mayor="นายสุริยา แสนบุญ", clerk="นางสาวจันทร์เพ็ญ ศรีวงศ์",
         address="หมู่ที่ 2 ตำบลห้วยยาง อำเภอเมืองสกลนคร จังหวัดสกลนคร 47000", tel="0-4271-1245", fax="0-4271-1246",
         email="huaiyang_sao@hotmail.com", latlon="17.1012,104.0533",
         theme="colormag", ita_layout="thai_table", file_names=thai_name, attachment_pages=True, news=24,
         summary="WordPress classic theme: ITA table with Thai-digit item numbers, titles without codes and 'คลิก' "
                 "links to attachment pages (?attachment_id=N) that link the PDFs; contact data only in the footer, "
                 "social icons only in the header",
         items={"O5": ("home", None), "O9": ("home", None), "O10": ("pdf", "old"), "O25": ("pdf", "few_rules"),
                "O13": ("dead", None), "O18": ("deadhost", None), "O37": ("none", None), "O40": ("none", None),
                "O2": ("page", None)}),
    dict(host="www.srisongkhram.go.th", id="srisongkhram", style="wordpress", name_th="เทศบาลตำบลศรีสงคราม",
         name_en="Si Songkhram Subdistrict Municipality", type="เทศบาลตำบล", province="นครพนม", mayor="นายวิชัย พรหมมา",
         clerk="นายเกรียงไกร สุวรรณ", address="ถนนนิตโย ตำบลศรีสงคราม อำเภอศรีสงคราม จังหวัดนครพนม 48150",
         tel="0-4259-9111", fax="0-4259-9112", email="saraban@srisongkhram.go.th", latlon="17.6219,104.2436",
         theme="newsup", ita_layout="drive_list", file_names=translit, default="drive", news=24,
         old_docs=["O11", "O13", "O22"],
         summary="WordPress with every document on Google Drive ('คลิกที่นี่' links), an ITA 2565 page beside the "
                 "2566 one; two 2566 rows still point at last year's files, two Drive files were deleted",
         items={"O1": ("page", None), "O3": ("page", None), "O2": ("page", "no_photo"), "O11": ("drive", "old"),
                "O22": ("drive", "old"), "O26": ("deadhost", None), "O34": ("deadhost", None), "O30": ("none", None),
                "O32": ("none", None)}),
    # ---------------------------------------------------------------------------------------------- Joomla
    dict(host="www.khaophanom.go.th", id="khaophanom", style="joomla", name_th="เทศบาลตำบลเขาพนม",
         name_en="Khao Phanom Subdistrict Municipality", type="เทศบาลตำบล", province="กระบี่", mayor="นายอนันต์ ทองคำ",
         clerk="นางสาวสุนิสา เพชรรัตน์", address="เลขที่ 8 ถนนเพชรเกษม ตำบลเขาพนม อำเภอเขาพนม จังหวัดกระบี่ 81140",
         tel="0-7568-1122", fax="0-7568-1123", email="admin@khaophanom.go.th", latlon="8.2631,98.9952",
         template="protostar", ita_layout="icon_table", ita_itemid=130, news_itemid=104, file_names=translit,
         phoca=["O19", "O20", "O21", "O22"], kunena=True, news=30,
         summary="Joomla 3 (protostar): ITA article whose table rows hold 'O1 โครงสร้าง' in one cell and an icon-only "
                 "PDF link in the other; procurement files in a Phoca Download category; Q&A in a Kunena forum",
         items={"O15": ("docx", None), "O12": ("pdf", "months3"), "O21": ("pdf", "months3"), "O27": ("dead", None),
                "O42": ("none", None), "O36": ("absent", None), "O5": ("page", "no_fax")}),
    dict(host="www.nongphok.go.th", id="nongphok", style="joomla", name_th="องค์การบริหารส่วนตำบลหนองพอก",
         name_en="Nong Phok SAO", type="อบต.", province="ร้อยเอ็ด", mayor="นายไพโรจน์ ศรีสุระ", clerk="นายสมพงษ์ บุญเรือง",
         address="หมู่ที่ 1 ตำบลหนองพอก อำเภอหนองพอก จังหวัดร้อยเอ็ด 45210", tel="0-4357-9020", fax="0-4357-9021",
         email="nongphok.sao@gmail.com", latlon="16.3011,104.2155",
         template="cassiopeia", joomla4=True, ita_layout="category_blog", ita_catid=21, ita_itemid=140, news_itemid=105,
         file_names=translit, default="page", budget=True, news=220, doc_folder="/images/ita/2566",
         summary="Joomla 4 (cassiopeia, mod-menu): ITA items are articles in a paginated category blog "
                 "(limitstart), most holding the content, some a PDF attachment; the home page first links 22 "
                 "news-blog pages of 220 articles",
         items={"O11": ("pdf", None), "O13": ("pdf", None), "O19": ("pdf", None), "O22": ("pdf", None),
                "O36": ("pdf", None), "O38": ("pdf", None), "O16": ("page", "old"), "O29": ("page", "months3"),
                "O20": ("dead", None), "O8": ("deadhost", None), "O39": ("none", None), "O33": ("page", "pending")}),
    dict(host="www.phuluang.go.th", id="phuluang", style="joomla", name_th="องค์การบริหารส่วนตำบลภูหลวง",
         name_en="Phu Luang SAO", type="อบต.", province="เลย", mayor="นายทองใบ ภูมิลำเนา", clerk="นางกาญจนา ใจกว้าง",
         address="หมู่ที่ 5 ตำบลภูหลวง อำเภอภูหลวง จังหวัดเลย 42230", tel="0-4280-1552", fax="0-4280-1553",
         email="phuluang_sao@hotmail.co.th", latlon="17.1402,101.7150",
         template="beez3", ita_layout="docman", ita_itemid=155, news_itemid=106, file_names=translit, news=24,
         doc_folder="/joomlatools-files/docman-files",
         summary="Joomla 3 + DOCman: ITA article lists 'o01 โครงสร้าง … เปิด' lines, each opening a DOCman document "
                 "page with a 'ดาวน์โหลด' button",
         items={"O1": ("page", None), "O3": ("page", None), "O23": ("pdf", "old"), "O13": ("pdf", "old"),
                "O28": ("page", "general_only"), "O32": ("dead", None), "O43": ("none", None), "O17": ("absent", None)}),
    dict(host="www.kaengkhoi.go.th", id="kaengkhoi", style="joomla", name_th="เทศบาลเมืองแก่งคอย",
         name_en="Kaeng Khoi Town Municipality", type="เทศบาลเมือง", province="สระบุรี", mayor="นายประยูร วงศ์ใหญ่",
         clerk="นายธนพล อินทร์แก้ว", address="เลขที่ 1 ถนนสุดบรรทัด ตำบลแก่งคอย อำเภอแก่งคอย จังหวัดสระบุรี 18110",
         tel="0-3624-4123", fax="0-3624-4124", email="kaengkhoi.city@gmail.com", latlon="14.5866,101.0031",
         template="cassiopeia", joomla4=True, ita_layout="category_list", ita_catid=35, ita_itemid=160, news_itemid=107,
         file_names=translit, news=30, label=lambda c: f"O{int(c[1:]):02d} {TITLES[c]}",
         summary="Joomla 4: ITA is a category list view (table of article titles 'O01 …'); each article links its "
                 "PDF as 'ดาวน์โหลดเอกสาร'; the Facebook page was deleted",
         items={"O5": ("page", None), "O2": ("page", "no_photo"), "O24": ("pdf", "months3"), "O14": ("none", None),
                "O38": ("absent", None), "O12": ("dead", None), "O9": ("deadhost", None), "O6": ("page", None)}),
    # ------------------------------------------------------------------------------------------ vendor CMS
    dict(host="www.bankhok-sao.go.th", id="bankhok", style="vendor_cms", variant="ita", name_th="องค์การบริหารส่วนตำบลบ้านโคก",
         name_en="Ban Khok SAO", type="อบต.", province="ขอนแก่น", mayor="นายเสถียร คำภู", clerk="นางสาวพิมพ์ใจ แก้วมณี",
         address="หมู่ที่ 3 ตำบลบ้านโคก อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000", tel="0-4320-3344", fax="0-4320-3345",
         email="bankhok@bankhok-sao.go.th", latlon="16.4419,102.8360",
         budget=True, news=180, gallery=40, calendar_months=[10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9], banner_alt="ITA",
         vendor="บริษัท ท้องถิ่นซอฟต์ จำกัด",
         summary="Vendor PHP CMS (cssmenu): index.php?module=ita lists the years, module=ita&year=2566 is a card grid "
                 "of 'O1 โครงสร้าง' headings with icon-only links to module=oit&id=O1 item pages that link "
                 "download.php?file=…; the home page first links 30 news pages, 40 galleries and a 12-month calendar",
         items={"O5": ("page", "no_map"), "O10": ("pdf", "old"), "O21": ("pdf", "months3"), "O26": ("dead", None),
                "O35": ("none", None), "O40": ("page", "pending")}),
    dict(host="www.nongkung.go.th", id="nongkung", style="vendor_cms", variant="b64", name_th="องค์การบริหารส่วนตำบลหนองกุง",
         name_en="Nong Kung SAO", type="อบต.", province="มหาสารคาม", mayor="นายบุญเลิศ ศรีสะอาด", clerk="นายอำนาจ พลราช",
         address="หมู่ที่ 6 ตำบลหนองกุง อำเภอนาเชือก จังหวัดมหาสารคาม 44170", tel="0-4375-6210", fax="0-4375-6211",
         email="nongkung_sao@yahoo.co.th", latlon="15.8011,103.0340", news=30, gallery=6,
         manifest={"encoding": "tis-620"}, vendor="ร้านไอทีท้องถิ่น",
         summary="Vendor PHP CMS with base64 module names (index.php?_mod=aXRh, items _mod=b2l0&no=MQ==), dropdown/"
                 "dropbtn menus, TIS-620 pages; rows 'O1 โครงสร้าง' + 'รายละเอียด' link to item pages with "
                 "fileupload/data_NNNN.pdf attachments",
         items={"O11": ("pdf", "old"), "O16": ("pdf", "months3"), "O37": ("pdf", "months3"), "O8": ("dead", None),
                "O20": ("dead", None), "O29": ("none", None), "O34": ("absent", None)}),
    dict(host="www.tambonsamrong.go.th", id="samrong", style="vendor_cms", variant="detail", name_th="องค์การบริหารส่วนตำบลสำโรง",
         name_en="Samrong SAO", type="อบต.", province="อุบลราชธานี", mayor="นายสมบัติ ทองดี", clerk="นางวิไลวรรณ คำแก้ว",
         address="หมู่ที่ 9 ตำบลสำโรง อำเภอสำโรง จังหวัดอุบลราชธานี 34360", tel="0-4530-1177", fax="0-4530-1178",
         email="samrong34360@gmail.com", latlon="14.9561,104.7790", news=24,
         summary="Vendor PHP CMS (sf-menu): ITA list index.php?module=ita&action=list&year=2566 with items "
                 "'ข้อ ๑ โครงสร้าง' linking module=ita&action=detail&id=66001 pages that attach fileupload PDFs; "
                 "contacts only in the footer, social icons only in the header",
         items={"O5": ("home", None), "O9": ("home", None), "O12": ("pdf", "old"), "O25": ("pdf", "few_rules"),
                "O22": ("dead", None), "O30": ("none", None), "O39": ("none", None), "O2": ("page", None)}),
    dict(host="www.wiangkaen.go.th", id="wiangkaen", style="vendor_cms", variant="page", name_th="เทศบาลตำบลเวียงแก่น",
         name_en="Wiang Kaen Subdistrict Municipality", type="เทศบาลตำบล", province="เชียงราย", mayor="นายสุรชัย ปัญญาดี",
         clerk="นายอดิศักดิ์ ใจมา", address="เลขที่ 222 หมู่ที่ 1 ตำบลม่วงยาย อำเภอเวียงแก่น จังหวัดเชียงราย 57310",
         tel="0-5360-8050", fax="0-5360-8051", email="wiangkaen@wiangkaen.go.th", latlon="20.1050,100.5180", news=24,
         summary="Vendor PHP CMS (bootstrap topnav): index.php?page=ita&year=2566 accordion where each 'O.1 โครงสร้าง' "
                 "title is a '#!' anchor and the document is a text-less download icon (download.php?id=N)",
         items={"O5": ("page", None), "O13": ("pdf", "old"), "O31": ("pdf", "old"), "O43": ("pdf", "no_qr"),
                "O15": ("dead", None), "O36": ("dead", None), "O24": ("none", None), "O41": ("none", None)}),
]

for _s in SITES:
    _s.setdefault("executives", execs(_s["mayor"], _s["type"], _s["tel"]))
    _s.setdefault("former_mayor", "นายประเสริฐ ทองมา")
