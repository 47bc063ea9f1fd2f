"""`foi report`: one self-contained HTML file (no server, no network) an editor opens first.

What it shows: a dated header (when the dataset was built, from how many documents, when the
report was made), a hex map of the 153 authorities coloured by any coded field (the layout
is the project's own, `foi/views/hexmap.py`), response times against the 20-working-day limit, a
partnership view (the members of each joint partnership and shared-procedures group side by
side, and where those that answered differ), and the table of responses with the evidence
sentence, the live link and, with `--with-documents`, a link to a copy of the archived
document shipped beside the report. Demo data carries the synthetic mark everywhere.

Scraped text is data, never markup: every value is HTML-escaped on the server side, the
page's data travel as JSON inside non-executable <script type="application/json"> elements
(every "<", ">" and "&" escaped, so no "</script>" or "<!--" inside them), the page's own
script writes text with textContent only, a link is made only from an http(s) URL or from
a copied document's name the report itself chose (its sha256 and an extension), and a
copied document that a browser would render as a page (HTML, email, text) is shipped as
`.txt`, so nothing a council wrote runs. No resource is fetched: no CDN, no font, no image.
The page reads '#q=...&sort=...&field=...' from its address, so a filtered or sorted view,
or the map coloured by one field, can be linked to (and tested in a headless browser).

One module for each thing the page holds: `page` (the shell and `build_report`, with the
page's style and script in `style.css` and `page.js` beside it, shipped as package data),
`layout` (what the report shows for a campaign; its palette and labels), `summary` (the cards
and charts), `map_section` (the hex map, its legend and the map as a list), `times` (response
times), `partnership_view`, `table` (the table of responses) and `documents` (the archived
copies shipped beside the report).
"""

from foi.views.report.documents import (
    Documents,
    copy_documents,
    document_name,
    documents_folder,
)
from foi.views.report.layout import LIMIT, Layout, layout
from foi.views.report.page import build_report

__all__ = [
    "LIMIT",
    "Documents",
    "Layout",
    "build_report",
    "copy_documents",
    "document_name",
    "documents_folder",
    "layout",
]
