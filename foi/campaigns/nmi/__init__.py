"""Helpers of the bruising campaign's rules module (foi/campaigns/bruising.py; the campaign's
id is bruising-nmi-2025, non-mobile infants): `negation` (a negation just before a match)
and `definition` (question 5: are rolling babies non-mobile, is mobility decided by age).
"""
