"""Classes found on the held-out sites of farm/builders/heldout_cdnstore.py (round 14, lane "cdnstore"): an
agency's documents kept on object storage (Amazon S3, Google Cloud Storage, Azure blob, DigitalOcean Spaces,
CloudFront) or on its CMS vendor's shared file host, linked from its own pages. Before any change the two sites
scored 47/52, no false alarm:

* a document the agency links on an outside file host got one reachability check and was judged by its link's
  words: last year's report on GCS passed (O7 of www.khaokaew-sao.go.th), as did O9's old manual on the vendor's
  CDN. It is now read as the agency's evidence (crawler/outside.py: ``outside_document``), within a per-agency cap
  (``crawl.outside_documents``, 60; documents past it are recorded ``outside_not_read``), through one polite slot
  per provider endpoint for every agency (``slot_host``: every S3 bucket of a region through
  ``s3.<region>.amazonaws.com``), at the outside hosts' fixed rate, under robots.txt and the size limits as any
  request; nothing on those hosts is crawled beyond what the agency links;
* a bucket's static website page the agency links (``<bucket>.s3-website-<region>.amazonaws.com``) is an outside
  publishing page, read within the outside bounds;
* S3's ``AccessDenied`` error document in a linked file's place is what every visitor's browser shows (a private
  object, or a missing key in a bucket the public may not list): the file is not published, so the item is broken
  (before: ``outside_refused``, unchecked, as if a platform had turned the crawler away).

Held as they were: a file host whose robots.txt disallows robots is not fetched (unchecked ``robots``); a page of
the S3 website listing three items' files under headings lends all of them to each item (O14 of khaokaew passes on
O13's file: the same holds for an own-site page of several items; left alone).
"""
from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse

from crawler.outside import OutsideBounds, outside_document, outside_space, slot_host, storage_refusal
from crawler.spiders.agency import AgencySpider
from farm.builders import heldout_cdnstore as store
from rules.engine import _certainly_gone
from rules.vocabulary import ALARMS
from tests.conftest import assert_read_as_expected, expected, found, judge_fixture_sites

SAO, VENDOR = store.HOSTS
ACCESS_DENIED = (b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied'
                 b"</Message><RequestId>8J2KQ</RequestId><HostId>x9=</HostId></Error>")


def test_a_document_on_object_storage_or_a_file_host_is_read_and_a_bucket_website_is_a_publishing_space():
    for url in ("https://x-docs.s3.ap-southeast-1.amazonaws.com/ita2569/O5-plan.pdf",
                "https://s3.ap-southeast-1.amazonaws.com/x-files/oit/O6.pdf",
                "https://storage.googleapis.com/x-oit/2569/O7.pdf", "https://xsao.blob.core.windows.net/ita/3f9a.docx",
                "https://x.sgp1.digitaloceanspaces.com/ita/O9.xlsx", "https://d1k4ew2sao9x7q.cloudfront.net/u/O11.pdf",
                "https://cdn.tambonsmart.com/lao1/files/ita/2569/9f3a.pdf"):
        assert outside_document(url), url
        assert OutsideBounds().admit(url, None) == ("read", 0), url
    for url in ("https://cdn.tambonsmart.com/lao1/", "https://drive.google.com/file/d/1a/x.pdf",
                "https://www.facebook.com/x/O5.pdf", "https://www.dropbox.com/s/k/O5.pdf?dl=0"):
        assert not outside_document(url), url
    site = "http://x-ita.s3-website-ap-southeast-1.amazonaws.com/ita2569/hr/"
    assert outside_space(site) == "x-ita.s3-website-ap-southeast-1.amazonaws.com"
    assert outside_space("https://x-docs.s3.ap-southeast-1.amazonaws.com/ita2569/") is None   # a bucket's listing: checked


def test_outside_documents_have_their_own_cap_and_every_bucket_shares_its_providers_slot():
    bounds = OutsideBounds(max_pages=1, max_documents=2)
    pdfs = [f"https://b.s3.amazonaws.com/O{n}.pdf" for n in range(3)]
    assert [bounds.admit(u, None)[0] for u in pdfs] == ["read", "read", "beyond"]
    assert bounds.admit("https://sites.google.com/view/x/o1", None) == ("read", 0)   # pages keep their own budget
    assert bounds.admit("https://b.s3.amazonaws.com/O9.pdf", 2) == ("beyond", 3)      # never deeper than the hops
    assert slot_host("a-docs.s3.ap-southeast-1.amazonaws.com") == slot_host("b.s3.ap-southeast-1.amazonaws.com") \
        == "s3.ap-southeast-1.amazonaws.com"
    assert slot_host("a.s3-website-ap-southeast-1.amazonaws.com") == "s3-website-ap-southeast-1.amazonaws.com"
    assert slot_host("a.blob.core.windows.net") == "blob.core.windows.net"
    assert slot_host("a.sgp1.digitaloceanspaces.com") == "sgp1.digitaloceanspaces.com"
    assert slot_host("d1k4.cloudfront.net") == "cloudfront.net" and slot_host("cdn.vendor.com") == "cdn.vendor.com"


def test_a_storages_access_denied_document_is_every_visitors_answer_so_the_file_is_gone():
    assert storage_refusal(403, ACCESS_DENIED) == "AccessDenied"
    assert storage_refusal(404, b"<Error><Code>NoSuchKey</Code><Message>x</Message></Error>") == "NoSuchKey"
    assert storage_refusal(403, b"<html><title>403 Forbidden</title></html>") == ""   # a server's own refusal: unsure
    assert storage_refusal(200, ACCESS_DENIED) == ""
    url = "https://b.s3.ap-southeast-1.amazonaws.com/O16.pdf"
    request = Request(url, meta={"outbound": True, "check": url, "started": 0.0})
    fields = AgencySpider().answer(TextResponse(url, status=403, body=ACCESS_DENIED, request=request,
                                                headers={"Content-Type": "application/xml"}))
    assert fields["error"] == "storage_refused" and "AccessDenied" in fields["error_detail"]
    page = {"url": url, "status": 403, "error": fields["error"], "outside": 1, "kind": "other"}
    assert _certainly_gone(page)
    refused = HtmlResponse(url, status=403, body=b"<html><title>403 Forbidden</title></html>", request=request)
    assert not _certainly_gone({**page, "error": AgencySpider().answer(refused)["error"]})


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    return judge_fixture_sites(tmp_path_factory.mktemp("cdnstore") / "oit.db", [SAO, VENDOR])


@pytest.mark.slow
def test_documents_on_object_storage_and_a_vendors_file_host_are_judged_by_what_they_say(judged):
    assert_read_as_expected(judged, 24)
    sao, vendor = found(judged, "khaokaew"), found(judged, "bangrakam")
    assert sao["O7"] == "partial"          # last year's report on Google Cloud Storage, read
    assert sao["O16"] == "broken"          # S3's AccessDenied in the file's place
    assert sao["O12"] == "broken"          # S3's NoSuchKey (404)
    assert vendor["O16"] == "broken"       # the vendor's 404
    assert vendor["O15"] == "unchecked"    # its host's robots.txt disallows robots: never fetched, never an alarm
    for code in ("O5", "O6", "O8", "O9", "O11", "O18"):   # S3 (both forms), Azure (a uuid name), Spaces, CloudFront, GCS
        assert sao[code] == "pass", code


@pytest.mark.slow
def test_outside_file_hosts_are_asked_only_for_what_the_agency_links_one_polite_request_at_a_time(judged):
    spans = judged.stats.spans
    for host in (store.VENDOR_CDN, store.VENDOR_FILES, store.S3_VHOST, store.GCS):
        asked = {path for h, path, *_ in spans if h == host and path != "/robots.txt"}
        assert all(path.endswith((".pdf", ".xlsx")) for path in asked), (host, asked)   # no listing, no guessing
        assert judged.stats.overlap(host) <= 2, host
    assert not [path for h, path, *_ in spans if h == store.VENDOR_OLD and path != "/robots.txt"]   # robots.txt
    website = {path for h, path, *_ in spans if h == store.S3_SITE and path != "/robots.txt"}
    assert "/ita2569/hr/" in website and all(p == "/ita2569/hr/" or p.endswith(".pdf") for p in website), website


@pytest.mark.slow
def test_with_no_outside_documents_allowed_the_files_are_unread_never_an_alarm(tmp_path):
    run = judge_fixture_sites(tmp_path / "oit.db", [SAO, VENDOR], outside_documents=0)
    for site in run.sites:
        want, got = expected(site.host), found(run, site.agency)
        assert [c for c in want if got[c] in ALARMS and want[c] != got[c]] == [], (site.host, got)
