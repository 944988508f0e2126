"""Resource limits for untrusted input (uploads are processed in memory).

Module-level constants so a caller (web app, tests) can read them; the readers look
them up at call time, so monkeypatching works.
"""

MAX_INPUT_BYTES = 20 * 1024 * 1024  # any format, on disk / upload size

# .docx (zip) container, checked on the central directory before anything is inflated
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024  # sum of declared sizes
MAX_ZIP_RATIO = 100  # uncompressed / compressed, for members larger than below
ZIP_RATIO_MIN_SIZE = 1 * 1024 * 1024
MAX_XML_PART_BYTES = 64 * 1024 * 1024  # one XML part parsed into a DOM

# .pdf
MAX_PDF_PAGES = 200
# a page's content streams, inflated: a dense A4 page of text is well under 1 MB and under
# 10,000 text operators; a small file can hide a Flate bomb or millions of one-glyph operators
MAX_PDF_PAGE_STREAM_BYTES = 16 * 1024 * 1024
MAX_PDF_PAGE_TEXT_OPS = 100_000
