"""Spiders, one per publishing platform."""
