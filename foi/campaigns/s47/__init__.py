"""The s47 medicals campaign's readers of figures (foi/campaigns/s47_medicals.py is its rules
module, the coder): `tokens` (years, figures and words in a cell or a line), `units` (the
document's tables and runs of short lines, and the figures found), `tables` (years as
columns or as rows) and `prose` (a year with the figure beside it, in a sentence).
"""
