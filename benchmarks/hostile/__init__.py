"""The hostile corpus: files built to break a file reader, and a runner that feeds them to the
viewer's commands and counts what happened.

``cases`` writes the inputs (deterministic; the fast set in seconds and a few MB, the full set
with files of more than a gigabyte); ``runner`` runs ``validate``, ``records`` and ``export``
on each in a subprocess under a time and address-space limit and classifies every run.

Usage: ``python -m benchmarks.hostile --run [--full] [--out DIR] [--jobs N]`` from the checkout.
"""
