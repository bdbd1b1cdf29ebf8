"""Scrapy settings built from OIT Watch settings: every crawl knob in one place."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from crawler.outside import OUTSIDE_READ_HOSTS

try:
    PRODUCT_VERSION = version("oit-watch")  # one source: pyproject.toml, as installed
except PackageNotFoundError:  # a source tree that was never installed
    PRODUCT_VERSION = "0+unknown"


def agencies_at_once(crawl: dict) -> int:
    """The most agencies crawled at the same time: ``agencies_at_once``, or by default twice ``concurrency``.
    Below it the spider starts another agency only while request slots are idle (crawler/spiders/agency.py):
    sites answering at once need many agencies to fill the slots (each waits out its politeness delay between
    requests), slow sites fewer."""
    return int(crawl.get("agencies_at_once") or 0) or 2 * int(crawl["concurrency"])


def scrapy_settings(crawl: dict, db_path: str) -> dict:
    """Translate the ``[crawl]`` section of OIT settings into Scrapy settings."""
    delay = max(float(crawl["delay"]), 0.01)  # a zero delay lets Scrapy exceed the per-site limit
    outside_slot = {"concurrency": int(crawl.get("outside_concurrency", 2)),
                    "delay": float(crawl.get("outside_delay", 0.25)), "jitter": 0}
    return {
        "BOT_NAME": "oitwatch",
        "USER_AGENT": crawl["user_agent"].format(version=PRODUCT_VERSION),
        "ROBOTSTXT_OBEY": bool(crawl["robots"]),
        "CONCURRENT_REQUESTS": int(crawl["concurrency"]),
        # one page record per response, stored synchronously: Scrapy's default of 100 parallel items only adds task
        # overhead (measured: ~20 % of the crawler's CPU at 200 sites); each one more is an asyncio task per response
        "CONCURRENT_ITEMS": 1,
        "CONCURRENT_REQUESTS_PER_DOMAIN": int(crawl["per_site"]),
        "DOWNLOAD_DELAY": delay,
        "AUTOTHROTTLE_ENABLED": bool(crawl["autothrottle"]),
        "AUTOTHROTTLE_START_DELAY": delay,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(crawl["per_site"]),
        "AUTOTHROTTLE_MAX_DELAY": 10.0,
        "DOWNLOAD_TIMEOUT": int(crawl["timeout"]),
        "RETRY_TIMES": int(crawl["retries"]),
        "DOWNLOAD_MAXSIZE": int(crawl["max_doc_bytes"]),
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": 8,
        "HTTPERROR_ALLOW_ALL": True,  # 404/500 pages are findings, not noise
        # a browser keeps a site's cookies: some sites set a session cookie and redirect to the same address until
        # it comes back (without a jar, a redirect loop). One jar per agency (``cookiejar``), dropped when it is
        # done; outbound checks and outside pages carry none (crawler/spiders/agency.py)
        "COOKIES_ENABLED": True,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": crawl.get("log_level", "CRITICAL"),  # failures are recorded per page, not logged,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        # Scrapy's spider middlewares whose work the spider does itself (each one also wraps every request and
        # record the spider yields in one more async generator: measured below in BENCHMARKS.md, issue 25):
        # depth is ``site_depth``, URLs are bounded in ``follow`` (MAX_URL_CHARS), the Referer is the linking page's
        # (``_request``), start requests are marked in ``start``; the meta-copy check only warns developers.
        # HttpErrorMiddleware stays (HTTPERROR_ALLOW_ALL lets every answer through; it wraps no output).
        "SPIDER_MIDDLEWARES": {
            "scrapy.spidermiddlewares.start.StartSpiderMiddleware": None,
            "scrapy.spidermiddlewares.referer.RefererMiddleware": None,
            "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
            "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
            "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
        },
        "DOWNLOADER_STATS": False,  # request sizes rebuilt per request for statistics nobody reads
        "DOWNLOADER_MIDDLEWARES": {
            # the spider has no allowed_domains (own-site is decided in ``follow``) and no HTTP credentials
            "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
            "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "crawler.limits.StrictRobotsTxt": 100,
            "crawler.limits.AgencyTimeBudget": 45,
            "crawler.middlewares.PrivateAddressGuard": 50,
            "crawler.middlewares.ProxyMiddleware": 60,
            # a meta refresh, and a thin page's window.location script, followed as a browser does (a moved site)
            "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
            "crawler.middlewares.ScriptRefresh": 580,
            # a share link's guest session kept along its own redirects (before RedirectMiddleware builds the next)
            "crawler.middlewares.ShareSession": 650,
            # documents read once: conditional requests, 304 = the stored extraction (crawler/cache.py)
            "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
            "crawler.cache.Revalidate": 900,
            # after the cache: a 304 arrives as the stored answer and is archived as a revisit
            "crawler.archive.WarcMiddleware": 800,
        },
        "HTTPCACHE_ENABLED": bool(crawl.get("cache", True)),
        "HTTPCACHE_POLICY": "crawler.cache.AlwaysRevalidate",
        "HTTPCACHE_STORAGE": "crawler.cache.ExtractionStorage",
        "DOWNLOAD_HANDLERS": {"http": "crawler.limits.BudgetedHTTPDownloadHandler",
                              "https": "crawler.limits.BudgetedHTTPDownloadHandler"},
        # names are checked on the address they resolve to, the one the connection then uses
        "TWISTED_DNS_RESOLVER": "crawler.middlewares.GuardedResolver",
        "ITEM_PIPELINES": {"crawler.pipelines.StoragePipeline": 300},
        "EXTENSIONS": {"scrapy.extensions.throttle.AutoThrottle": None, "crawler.cache.AutoThrottle": 0,
                       "crawler.render.Renderer": 10},  # script shells rendered in Chromium (crawler/render.py)
        # outside publishing hosts read for thousands of agencies: one fixed, polite rate each for the whole crawl
        "DOWNLOAD_SLOTS": {f"outside:{host}": outside_slot for host in OUTSIDE_READ_HOSTS},
        "OIT_OUTSIDE_SLOT": outside_slot,  # every other outside host read (object storage, a vendor's file host)
        "OIT_DB": db_path,
        "OIT_CACHE_DB": db_path if crawl.get("cache", True) else "",
        "OIT_ARCHIVE": bool(crawl.get("archive", True)) and bool(db_path),  # a distributed worker has no database
        "OIT_ARCHIVE_DIR": crawl.get("archive_dir") or "",
        "OIT_ARCHIVE_FILE_MB": int(crawl.get("archive_file_mb") or 100),
        "OIT_ALLOW_PRIVATE": bool(crawl["allow_private"]),
        "OIT_PROXY": crawl.get("proxy") or "",
        "OIT_MAX_TEXT_CHARS": int(crawl["max_text_chars"]),
        "OIT_AGENCY_SECONDS": float(crawl.get("agency_seconds", 0)),
        "OIT_RENDER": {key: crawl[key] for key in ("render", "render_browser", "render_agency_pages",
                                                   "render_run_pages", "render_seconds", "render_at_once")
                       if key in crawl},
        "OIT_OUTSIDE_PAGES": int(crawl.get("outside_pages", 40)),
        "OIT_OUTSIDE_DOCUMENTS": int(crawl.get("outside_documents", 60)),
        "OIT_FOLDER_OPENS": int(crawl.get("folder_opens", 100)),
        "OIT_FORM_SUBMITS": int(crawl.get("form_submits", 120)),
        "OIT_LIMITS": {key: crawl[key] for key in ("max_links", "max_unzipped_bytes", "max_rows", "max_cells",
                                                   "doc_seconds", "doc_workers", "doc_memory_mb", "ocr", "ocr_doc_pages",
                                                   "ocr_run_pages", "picture_reads") if key in crawl},
    }
