"""Resource limits for untrusted input (uploads are processed in memory).

Module-level constants so a caller (web app, tests) can read them; the readers look
them up at call time, so monkeypatching works.
"""

import zlib

MAX_INPUT_BYTES = 20 * 1024 * 1024  # any format, on disk / upload size
# characters of text in one document, any format: about 350 pages, far above any contract or
# rulebook (a long one is 20,000). The checker is linear in length, at up to about 25 µs a
# character for clause-dense text full of figures (tests/test_hostile.py), so the largest
# allowed text is checked in about 12 s, within the 30 s every input must finish in
MAX_TEXT_CHARS = 500_000

# .docx (zip) container, checked on the central directory before anything is inflated
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024  # sum of declared sizes
MAX_ZIP_RATIO = 100  # uncompressed / compressed, for members larger than below
ZIP_RATIO_MIN_SIZE = 1 * 1024 * 1024
# one XML part parsed into a DOM: lxml with python-docx's element classes takes about 15 bytes
# of memory per byte of markup-heavy XML, so 24 MB stays under 600 MB of peak memory (a long
# contract's document.xml is well under 1 MB)
MAX_XML_PART_BYTES = 24 * 1024 * 1024

# .pdf
MAX_PDF_PAGES = 200
# a page's content streams, inflated: a dense A4 page of text is well under 1 MB and under
# 10,000 text operators; a small file can hide a Flate bomb or millions of one-glyph operators
MAX_PDF_PAGE_STREAM_BYTES = 16 * 1024 * 1024
MAX_PDF_PAGE_TEXT_OPS = 100_000

INFLATE_STEP = 64 * 1024  # bytes of output per step of a bounded inflation


def inflate_within(raw: bytes, limit: int, wbits: int = zlib.MAX_WBITS, keep: bool = True) -> bytes | None:
    """Inflate a deflate stream in INFLATE_STEP steps, counting; None as soon as the output
    passes `limit` (a bomb), so nothing ever inflates the whole of it first. A damaged stream
    gives what inflated before the damage (the reader then reports the file). With keep=False
    only the size is checked and b"" is returned."""
    inflater, parts, produced, tail = zlib.decompressobj(wbits), [], 0, raw
    while tail:
        try:
            piece = inflater.decompress(tail, INFLATE_STEP)
        except zlib.error:
            break
        produced += len(piece)
        if produced > limit:
            return None
        if keep:
            parts.append(piece)
        # bytes after the end of the stream stay in unconsumed_tail when the output limit was
        # hit at the same call: the stream is over, whatever follows it is not inflated
        before, tail = tail, (b"" if inflater.eof else inflater.unconsumed_tail)
        if not piece and len(tail) >= len(before):  # no progress: never spin
            break
    return b"".join(parts)

