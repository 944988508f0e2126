"""Resource limits for untrusted input (uploads are processed in memory).

Module-level constants so a caller (web app, tests) can read them; the readers look
them up at call time, so monkeypatching works.
"""

import zlib

MAX_INPUT_BYTES = 20 * 1024 * 1024  # any format, on disk / upload size
# characters of text in one document, any format: about 700 pages, far above any contract or
# rulebook; the checker is linear in length and finishes this many in well under 30 s
# (benchmarks/bench.py, "随长度的变化"), while 20 MB of plain text would take minutes
MAX_TEXT_CHARS = 1_000_000

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

