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


def test_thai_digit_years_read_by_ocr_are_every_year_they_may_stand_for():
    # Tesseract's Thai model writes ๖ as ๒ and ๔/๘/๙ as ๕: "๒๕๒๒" may be 2566 (or 2562), "๒๕๒๕" never 2566
    assert 2566 in Text("ประจําปีงบประมาณ พ.ศ. ๒๕๒๒", ocr=True).years()
    assert 2566 not in Text("ประจําปีงบประมาณ พ.ศ. ๒๕๒๕", ocr=True).years()
    assert 2565 in Text("ประจําปีงบประมาณ พ.ศ. ๒๕๒๕", ocr=True).years()
    assert 2566 in Text("พ.ศ. ๒๕๒9๒", ocr=True).years()  # one ๖ read as two glyphs
    assert 2566 not in Text("ประจำปีงบประมาณ พ.ศ. ๒๕๒๒").years()  # typed text means what it says


def test_a_year_cut_in_two_by_ocr_is_joined_again():
    assert 2566 in Text("ประจำปีงบประมาณ พ.ศ. 25 66", ocr=True).years()
    assert 2566 not in Text("ลำดับ 25 66 คน").years()


def test_a_year_found_only_in_unclear_ocr_digits_is_flagged():
    from rules.checks import CHECKS, Doc, Evidence

    scan = Doc("http://x.go.th/s.pdf", "pdf", Text("ประกาศ ประจําปีงบประมาณ พ.ศ. ๒๕๒๒", ocr=True), ocr=True)
    outcome = CHECKS["mentions_year"].run(Evidence([scan], 2566))
    assert outcome.ok and "unclear" in outcome.signal
    typed = Doc("http://x.go.th/t.pdf", "pdf", Text("ประกาศ ประจำปีงบประมาณ พ.ศ. 2565", ocr=True), ocr=True)
    outcome = CHECKS["mentions_year"].run(Evidence([typed], 2566))
    assert not outcome.ok and "2565" in outcome.en


def test_years_as_people_write_them():
    for written in ["ปี 69", "ปี๖๙", "ปีงบประมาณ 69", "พ.ศ.69", "ปีงบ 2569", "ปีงบฯ ๖๙", "ITA69.pdf", "ita-69",
                    "/oit/69/", "?year=69", "ไตรมาส 1/69", "ผลการประเมิน ITA ๖๙"]:
        assert 2569 in Text(written).years(), written
    assert Text("สถิติ 2568-69").years() == {2568, 2569}
    for no_year in ["๖๙", "หมู่ที่ 69", "โทร 69 1234", "moit10", "O42", "ita 42", "เลขที่ 2566/12 ลงวันที่"]:
        assert not Text(no_year).years() - {2566}, no_year


def test_a_nominaliser_the_tokeniser_glues_to_the_word_before_still_starts_a_term():
    # newmm/nlpO3 cut "รายงานการรับทรัพย์สิน" as "ราย|งานการ|รับ|ทรัพย์สิน": both the report and the gifts are there
    row = Text("o22 รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา เปิด")
    assert row.contains(Term("การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"))
    assert row.contains(Term("รายงาน"), affirmed=True)
    assert not Text("มีอาการไข้สูง").contains(Term("การไข้"))  # "อาการ" is a word: its การ is no nominaliser
