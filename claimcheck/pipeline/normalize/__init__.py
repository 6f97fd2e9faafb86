"""Normalizers: units through one private pint registry, dates against the
publication date."""
