from pathlib import Path

import openpyxl
import pytest

from storage import open_db
from storage.agencies import import_agencies, list_agencies

HEADER = "id,name_th,name_en,type,province,url,contact_email\n"


def test_csv_with_excel_bom_imports_and_bad_rows_are_reported_by_line(tmp_path):
    path = tmp_path / "agencies.csv"
    path.write_bytes(("\ufeff" + HEADER +
                      "kudjok,อบต.กุดจอก,,อบต.,นครราชสีมา,https://www.kudjok.go.th/,a@kudjok.go.th\n"
                      "nourl,อบต.ไม่มีเว็บ,,,,,\n"
                      "ftp,อบต.เอฟทีพี,,,,ftp://files.go.th/,\n"
                      "kudjok,ซ้ำ,,,,https://dup.go.th/,\n"
                      "kamkoksoong,อบต.คำโคกสูง,,อบต.,อุดรธานี,https://www.kamkoksoong.go.th/,\n").encode("utf-8"))
    db = open_db(tmp_path / "oit.db")
    report = import_agencies(db, path)
    assert report.imported == 2
    assert report.problems == ["agencies.csv line 3: no url", "agencies.csv line 4: URL is not http(s): 'ftp://files.go.th/'",
                               "agencies.csv line 5: duplicate id: 'kudjok' (kept line 2)"]
    assert [a["id"] for a in list_agencies(db)] == ["kamkoksoong", "kudjok"]
    assert db["agencies"].get("kudjok")["province"] == "นครราชสีมา"


def test_reimport_updates_by_id(tmp_path):
    db = open_db(tmp_path / "oit.db")
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "kudjok,อบต.กุดจอก,,,,http://www.kudjok.go.th/,\n", encoding="utf-8")
    import_agencies(db, path)
    path.write_text(HEADER + "kudjok,องค์การบริหารส่วนตำบลกุดจอก,,,,https://www.kudjok.go.th/,\n", encoding="utf-8")
    import_agencies(db, path)
    assert db["agencies"].count == 1
    assert db["agencies"].get("kudjok")["url"] == "https://www.kudjok.go.th/"


def test_xlsx_import(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["id", "name_th", "url"])
    book.active.append(["kudjok", "อบต.กุดจอก", "https://www.kudjok.go.th/"])
    book.active.append(["bad", "ไม่มี URL", None])
    book.save(tmp_path / "a.xlsx")
    report = import_agencies(open_db(tmp_path / "oit.db"), tmp_path / "a.xlsx")
    assert report.imported == 1 and report.problems == ["a.xlsx line 3: no url"]


def test_starter_registry_from_the_seeds_imports(tmp_path):
    report = import_agencies(open_db(tmp_path / "oit.db"), Path(__file__).parent.parent / "examples" / "agencies.csv")
    assert report.imported >= 3 and not report.problems


def test_national_registry_layout(tmp_path):
    registry = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "thai-local-government-websites.csv"
    if not registry.exists():
        pytest.skip("shared/data registry not beside this checkout")
    db = open_db(tmp_path / "oit.db")
    report = import_agencies(db, registry)
    assert report.imported > 6000
    assert any("duplicate id" in p for p in report.problems)  # real data: one office, two URLs
    kudjok = db["agencies"].get("301214-TAOOffice")
    assert kudjok["name_th"] == "อบต.กุดจอก" and kudjok["province"] == "นครราชสีมา"


def test_not_utf8_is_a_clear_error(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes((HEADER + "x,อบต.,,,,http://x.go.th/,\n").encode("cp874"))
    with pytest.raises(ValueError, match="not UTF-8"):
        import_agencies(open_db(tmp_path / "oit.db"), path)
