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


NATIONAL = "geocode,entity_type,name_th,name_en,office_type,url,status,lastchecked\n"


def write_national(path: Path, lines: list[str]) -> Path:
    path.write_text(NATIONAL + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_national_layout_keeps_the_live_row_of_a_duplicate_and_its_status(tmp_path):
    path = write_national(tmp_path / "reg.csv", [
        "30,Changwat,นครราชสีมา,Nakhon Ratchasima,PAOOffice,http://www.koratpao.go.th/,,2020-01-01",
        "301214,Tambon,กุดจอก,Kut Chok,TAOOffice,http://www.kudjok.org/,offline,",
        "301214,Tambon,กุดจอก,Kut Chok,TAOOffice,http://www.kudjok-old.go.th/,,2016-08-29",
        "301214,Tambon,กุดจอก,Kut Chok,TAOOffice,https://www.kudjok.go.th/,,2021-12-21",
        "301215,Tambon,ทดสอบ,Thotsop,TAOOffice,http://www.thotsop.go.th/,hacked,2020-01-01",
        "301216,Muban,บ้านใหม่,Ban Mai,VillageHeadmanOffice,http://www.banmai.go.th/,,",
    ])
    db = open_db(tmp_path / "oit.db")
    report = import_agencies(db, path)
    assert report.imported == 4
    kudjok = db["agencies"].get("301214-TAOOffice")
    assert kudjok["url"] == "https://www.kudjok.go.th/" and kudjok["status"] == ""  # live, .go.th, checked last
    assert db["agencies"].get("301215-TAOOffice")["status"] == "hacked"  # kept, listed, its status stored
    assert db["agencies"].get("301216-VillageHeadmanOffice")["type"] == "ที่ทำการผู้ใหญ่บ้าน"  # no English type left
    assert report.problems == ["reg.csv line 3: duplicate id: '301214-TAOOffice' (kept line 5, offline → live)",
                               "reg.csv line 4: duplicate id: '301214-TAOOffice' (kept line 5)"]
    assert "1 ในทะเบียนระบุว่าเว็บไซต์ใช้ไม่ได้" in report.summary() and "hacked 1" in report.summary()


def test_the_national_registry_import_reports_counts_per_reason_not_thousands_of_lines(tmp_path):
    from click.testing import CliRunner
    from oit.cli import main
    registry = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "thai-local-government-websites.csv"
    if not registry.exists():
        pytest.skip("shared/data registry not beside this checkout")
    problems = tmp_path / "problems.tsv"
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "oit.db"), "agencies", "import", str(registry),
                                       "--problems", str(problems)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) < 20 and any(line.startswith("  skipped: duplicate id: ") for line in lines)
    assert any("site outside .go.th:" in line and " rows" in line for line in lines)
    assert sum(1 for _ in problems.open(encoding="utf-8")) > 2000  # the full list, for whoever wants it
    verbose = CliRunner().invoke(main, ["--db", str(tmp_path / "oit.db"), "agencies", "import", str(registry), "-v"])
    assert len(verbose.stdout.splitlines()) > 2000


def test_agencies_list_filters_and_pages(tmp_path):
    from click.testing import CliRunner
    from oit.cli import main
    path = write_national(tmp_path / "reg.csv", [
        "30,Changwat,นครราชสีมา,Nakhon Ratchasima,PAOOffice,http://www.koratpao.go.th/,,",
        "41,Changwat,อุดรธานี,Udon Thani,PAOOffice,http://www.udonpao.go.th/,,",
    ] + [f"3012{n:02d},Tambon,ตำบล{n},T{n},TAOOffice,http://www.t{n}.go.th/,{'offline' if n % 4 == 0 else ''},"
         for n in range(1, 13)] + ["410101,Tambon,หมากแข้ง,Mak Khaeng,MunicipalityOffice,http://www.mk.go.th/,,"])
    db = tmp_path / "oit.db"
    CliRunner().invoke(main, ["--db", str(db), "agencies", "import", str(path)])

    def listed(*args):
        result = CliRunner().invoke(main, ["--db", str(db), "agencies", "list", *args])
        assert result.exit_code == 0, result.output
        return [line.split()[0] for line in result.stdout.splitlines()[2:]], result.stderr

    ids, footer = listed("--province", "นครราชสีมา", "--type", "อบต.", "--limit", "5")
    assert ids == [f"3012{n:02d}-TAOOffice" for n in range(1, 6)] and "1–5 of 12 · next: --page 2" in footer
    ids, footer = listed("--province", "นครราชสีมา", "--type", "อบต.", "--limit", "5", "--page", "3")
    assert ids == ["301211-TAOOffice", "301212-TAOOffice"] and "11–12 of 12" in footer
    assert listed("--status", "dead")[0] == ["301204-TAOOffice", "301208-TAOOffice", "301212-TAOOffice"]
    assert len(listed("--status", "live", "--all")[0]) == 12
    assert listed("--search", "หมากแข้ง")[0] == ["410101-MunicipalityOffice"]
    assert listed("--family", "ita", "--offset", "14")[0] == ["410101-MunicipalityOffice"]
    none = CliRunner().invoke(main, ["--db", str(db), "agencies", "list", "--family", "moit"])
    assert none.exit_code == 1 and "no agency matches" in none.output
