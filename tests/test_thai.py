from rules.thai import Term, Text, item_codes, normalize, thai_digits


def test_years_in_thai_and_arabic_digits_and_short_forms():
    assert Text("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖").years() == {2566}
    assert Text("ปีงบประมาณ 66").years() == {2566}
    assert 2565 in Text("ข้อมูล ๑ ต.ค. ๖๕ - ๓๑ มี.ค. ๖๖").years()
    assert Text("fiscal year 2023").years() == {2566}
    assert Text("โทร 044-123-456").years() == set()


def test_month_ranges_cover_the_months_between():
    assert Text("ตุลาคม 2565 ถึง มีนาคม 2566").months() == {10, 11, 12, 1, 2, 3}
    assert Text("ต.ค. 65 – มี.ค. 66").months() == {10, 11, 12, 1, 2, 3}
    assert Text("ตุลาคม พฤศจิกายน ธันวาคม").months() == {10, 11, 12}


def test_item_codes_as_agencies_write_them():
    assert item_codes("O1 โครงสร้าง") == {1}
    assert item_codes("o01") == {1}
    assert item_codes("O.10") == {10}
    assert item_codes("ข้อ ๕ ข้อมูลการติดต่อ") == {5}
    assert item_codes("010 นโยบาย") == {10}
    assert item_codes("044-123456") == set()


def test_terms_match_whole_thai_words_only():
    assert Text("แผนผังโครงสร้างองค์กร").contains(Term("โครงสร้าง"))
    assert not Text("โครงการก่อสร้างถนน").contains(Term("สร้าง"))
    assert Text("การประเมินผลการปฏิบัติราชการ").contains(Term("ประเมินผล"))
    assert Text("รายงาน รอบ ๖ เดือน").contains(Term("รอบ 6 เดือน"))


def test_latin_terms_ignore_case_and_spacing():
    assert Text("E – Service").contains(Term("e-service"))
    assert Text("Q & A").contains(Term("Q&A"))
    assert not Text("facebook").contains(Term("fb"))


def test_normalize_and_thai_digits():
    assert normalize("  Web   Board ๒๕๖๖ ") == "web board 2566"
    assert thai_digits(2566) == "๒๕๖๖"
