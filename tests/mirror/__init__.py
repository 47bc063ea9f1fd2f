"""The generator of the demo's offline mirrors, shipped as foi/mirror/sites/ (the bruising
campaign) and foi/mirror/s47_medicals/sites/ (s47 medicals), built from the campaigns'
definitions (their questions, search terms and fingerprints) and the synthetic replies kept
with the tests:

    .venv/bin/python -m tests.mirror                 # both, into foi/mirror/
    .venv/bin/python -m tests.mirror --out DIR       # into DIR/mirror/ instead
    .venv/bin/python -m tests.mirror s47_medicals    # one campaign

A site is served by foi.mirror.serve(). The bruising mirror's sites are one module each
(alaveteli, disclosurelog, council_site), on the shared pages, corpus and topics modules;
expected writes what a crawl of it must find. tests/test_mirror_generator.py checks that the
shipped mirrors are what this writes.

Deterministic: no clocks, no randomness without a fixed seed, PDFs built with reportlab's
invariant mode, zips with fixed timestamps.
"""
