"""The web interface's pages, one module per page family (Datasette's shape): each a Flask blueprint whose views
read the store (web/data.py, storage/) and answer through web/formats.py."""
