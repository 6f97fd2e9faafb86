"""Loading documents: .txt files, folders, JSON / JSONL records, stdin, meta.yaml.

Every failure is an :class:`InputError` naming the file (and line) and the problem.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

import regex
import yaml

from .errors import InputError
from .models import Document
from .text.forms import MONTHS
from .text.rx import bound_all

MAX_FILE_BYTES = 64 * 1024 * 1024
_RECORD_FIELDS = {"id", "text", "published", "outlet", "title", "url"}

_MONTH = "|".join(MONTHS)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATELINE = regex.compile(
    rf"^\s*{_WEEKDAY}(?P<d>[0-3]?\d)\s+(?P<m>{_MONTH})\s+(?P<y>(?:19|20)\d\d)(?:\s+\d{{1,2}}:\d{{2}})?\s*$"
    rf"|^\s*{_WEEKDAY}(?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d),?\s+(?P<y2>(?:19|20)\d\d)(?:\s+\d{{1,2}}:\d{{2}}(?:\s*[ap]m)?)?\s*$",
    regex.MULTILINE | regex.IGNORECASE,
)


def find_dateline(text: str, head_chars: int = 2000) -> Optional[dt.date]:
    """A publication date printed on a line of its own near the top
    ("Saturday 14 October 2023 09:12")."""
    try:
        m = _DATELINE.search(text[:head_chars])
    except TimeoutError:  # a head that takes this long to read holds no dateline
        return None
    if not m:
        return None
    d, mon, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
    try:
        return dt.date(int(y), [m.lower() for m in MONTHS].index(mon.lower()) + 1, int(d))
    except ValueError:
        return None


def _headline(text: str) -> Optional[str]:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None


def decode(data: bytes, path: str) -> str:
    """UTF-8 text of a file, or a clear error for binary and other encodings."""
    if not data.strip():
        raise InputError(path, "file is empty", type="input.empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(path, "file is UTF-16; convert it to UTF-8", type="input.not_utf8")
    if b"\x00" in data[:8192]:
        raise InputError(path, "file looks binary (it contains NUL bytes), not text", type="input.binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"file is not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); convert it to UTF-8", type="input.not_utf8") from None
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}", type="input.unreadable") from None
    if size > MAX_FILE_BYTES:
        raise InputError(str(path), f"file is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,}", type="input.too_large")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}", type="input.unreadable") from None


def _parse_date(value: Any, where: str) -> Optional[dt.date]:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(where, f"published date {value!r} is not an ISO date (YYYY-MM-DD)", type="input.bad_date") from None


def load_meta(path: Union[str, Path]) -> dict[str, dict[str, Any]]:
    """A meta.yaml: file name -> {published, outlet, url, title}."""
    p = Path(path)
    text = decode(_read_bytes(p), str(p))
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(str(p), f"malformed YAML: {getattr(exc, 'problem', exc)}", line=mark.line + 1 if mark else None, type="input.malformed_yaml") from None
    except ValueError as exc:  # YAML's own date reading: "published: 2023-02-30"
        raise InputError(str(p), f"invalid value: {exc}", type="input.bad_meta") from None
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputError(str(p), "meta file must map each file name to a mapping of published/outlet/url/title", type="input.bad_meta")
    for name, fields in data.items():
        unknown = set(fields) - (_RECORD_FIELDS - {"id", "text"})
        if unknown:
            raise InputError(str(p), f"entry {name!r} has unknown field(s) {', '.join(sorted(unknown))}; known: published, outlet, url, title", type="input.bad_meta")
    return {str(k): v for k, v in data.items()}


def document_from_text(text: str, doc_id: str, meta: Optional[dict[str, Any]] = None, where: Optional[str] = None) -> Document:
    """A Document from raw text and optional metadata; the dateline fills a missing date."""
    meta = meta or {}
    published = _parse_date(meta.get("published"), where or doc_id)
    source = "meta" if published else None
    if published is None:
        published = find_dateline(text)
        source = "dateline" if published else None
    for field in ("outlet", "title", "url"):
        if meta.get(field) is not None and not isinstance(meta[field], str):
            raise InputError(where or doc_id, f"{field} must be text, not {type(meta[field]).__name__}", type="input.bad_meta")
    return Document(id=doc_id, text=text, outlet=meta.get("outlet"), title=meta.get("title") or _headline(text),
                    url=meta.get("url"), published=published, published_source=source)


def _record(obj: Any, where: str, line: Optional[int], meta: dict) -> Document:
    if not isinstance(obj, dict):
        raise InputError(where, "each record must be a JSON object with at least 'id' and 'text'", line=line, type="input.bad_record")
    missing = [k for k in ("id", "text") if k not in obj]
    if missing:
        raise InputError(where, f"record is missing {', '.join(missing)}", line=line, type="input.bad_record")
    if not isinstance(obj["text"], str) or not obj["text"].strip():
        raise InputError(where, "record 'text' must be a non-empty string", line=line, type="input.bad_record")
    fields = {**meta.get(str(obj["id"]), {}), **{k: obj[k] for k in _RECORD_FIELDS - {"id", "text"} if obj.get(k) is not None}}
    doc = document_from_text(obj["text"], str(obj["id"]), fields, where)
    if obj.get("published") is not None:
        doc = doc.model_copy(update={"published_source": "record"})
    return doc


def load_records(data: bytes, where: str, meta: Optional[dict] = None, keep_going: bool = False,
                 errors: Optional[list[InputError]] = None) -> list[Document]:
    """Documents from JSON (an object or a list of objects) or JSONL bytes."""
    return list(iter_records(data, where, meta, keep_going, errors))


def iter_records(data: bytes, where: str, meta: Optional[dict] = None, keep_going: bool = False,
                 errors: Optional[list[InputError]] = None) -> Iterator[Document]:
    """The documents of :func:`load_records`, one at a time (JSONL is read line by line)."""
    meta = meta or {}
    text = decode(data, where)
    del data  # the bytes are not needed once decoded: a big file is held once, not twice
    if where.endswith(".json") or text.lstrip().startswith("["):
        yield from _json_records(text, where, meta, keep_going, errors)
    else:
        yield from _jsonl_records(text, where, meta, keep_going, errors)


def _json_records(text: str, where: str, meta: dict, keep_going: bool, errors) -> Iterator[Document]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON: {exc.msg}", line=exc.lineno, type="input.malformed_json") from None
    except RecursionError:
        raise InputError(where, "JSON nested too deeply", type="input.too_deep") from None
    items = obj if isinstance(obj, list) else [obj]
    for k, item in enumerate(items):
        try:
            yield _record(item, where, None, meta)
        except InputError as exc:
            if not keep_going:
                raise InputError(where, f"record {k}: {exc.problem}", type=exc.type) from None
            if errors is not None:
                errors.append(exc)


def _jsonl_records(text: str, where: str, meta: dict, keep_going: bool, errors) -> Iterator[Document]:
    for n, line in enumerate(_lines(text), 1):
        if not line.strip():
            continue
        try:
            yield _record(_json_line(line, where, n), where, n, meta)
        except InputError as exc:
            if not keep_going:
                raise
            if errors is not None:
                errors.append(exc)


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time (``str.splitlines`` would copy the whole text)."""
    for m in _LINE.finditer(text):
        yield m.group()


_LINE = regex.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+\Z")


def _json_line(line: str, where: str, n: int) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON: {exc.msg}", line=n, type="input.malformed_json") from None
    except RecursionError:
        raise InputError(where, "JSON nested too deeply", line=n, type="input.too_deep") from None


def load_documents(paths: Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]], meta: Optional[Union[str, Path]] = None, *,
                   keep_going: bool = False, errors: Optional[list[InputError]] = None, stdin=None) -> list[Document]:
    """Documents from .txt files, folders of them (with their meta.yaml), JSON/JSONL
    files of records, or "-" for standard input (JSONL if it looks like JSON, else text).

    ``meta`` names a metadata file that applies to every path. With ``keep_going``,
    bad files and records are appended to ``errors`` and the rest still load.
    """
    return list(iter_documents(paths, meta, keep_going=keep_going, errors=errors, stdin=stdin))


def iter_documents(paths: Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]], meta: Optional[Union[str, Path]] = None, *,
                   keep_going: bool = False, errors: Optional[list[InputError]] = None, stdin=None) -> Iterator[Document]:
    """The documents of :func:`load_documents`, one at a time: a folder of any size is
    read in the memory of its largest file. Raises the same errors, when they are reached."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    user_meta = load_meta(meta) if meta else {}
    guard = _Guard(keep_going, errors)
    ids: set[str] = set()
    for raw in paths:
        for doc in _documents_of(str(raw), meta, user_meta, guard, stdin):
            doc = _unique_id(doc, raw, ids)
            ids.add(doc.id)
            yield doc


class _Guard:
    """Runs a loader; under ``keep_going`` an InputError is recorded and yields nothing."""

    def __init__(self, keep_going: bool, errors: Optional[list[InputError]]):
        self.keep_going, self.errors = keep_going, errors

    def __call__(self, fn, *args) -> Iterator[Document]:
        try:
            yield from fn(*args)
        except InputError as exc:
            if not self.keep_going:
                raise
            if self.errors is not None:
                self.errors.append(exc)

    def meta(self, path: Path) -> dict:
        """The meta.yaml at ``path``; ``{}`` when it is bad and errors are recorded."""
        return next(iter(self(lambda p: [load_meta(p)], path)), {})


def _documents_of(raw: str, meta, user_meta: dict, guard: _Guard, stdin) -> Iterator[Document]:
    """The documents of one PATH argument: stdin, a folder, or a file."""
    if raw == "-":
        yield from guard(_stdin_documents, stdin, user_meta, guard)
        return
    p = Path(raw)
    if not p.exists():
        yield from guard(_raise, InputError(raw, "no such file or folder", type="input.not_found"))
    elif p.is_dir():
        folder_meta = guard.meta(p / "meta.yaml") if (p / "meta.yaml").exists() and not meta else dict(user_meta)
        for f in guard(_folder_files, p, raw):
            yield from _renamed(guard(_load_file, f, folder_meta, guard), f)
    else:
        file_meta = dict(user_meta)
        if not meta and (p.parent / "meta.yaml").exists() and p.suffix.lower() == ".txt":
            file_meta = guard.meta(p.parent / "meta.yaml")
        yield from _renamed(guard(_load_file, p, file_meta, guard), p)


def _folder_files(p: Path, raw: str) -> Iterator[Path]:
    try:
        files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in (".txt", ".json", ".jsonl"))
    except OSError as exc:
        raise InputError(raw, f"cannot read the folder: {exc.strerror}", type="input.unreadable") from None
    if not files:
        raise InputError(raw, "folder holds no .txt, .json or .jsonl files", type="input.empty_folder")
    yield from files


def _stdin_documents(stdin, meta: dict, guard: _Guard) -> Iterator[Document]:
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    if data.lstrip()[:1] in (b"{", b"["):
        yield from iter_records(data, "<stdin>", meta, guard.keep_going, guard.errors)
    else:
        yield document_from_text(decode(data, "<stdin>"), "stdin", meta.get("stdin"))


def _renamed(docs: Iterable[Document], path: Path) -> Iterator[Document]:
    """Documents of a file, each marked with the file it came from (for :func:`_unique_id`)."""
    for d in docs:
        yield d if path.suffix.lower() in (".json", ".jsonl") else _FromTxt(d, path)


class _FromTxt:
    """A document read from a .txt file, with that file's path."""

    __slots__ = ("doc", "path")

    def __init__(self, doc: Document, path: Path):
        self.doc, self.path = doc, path


def _unique_id(doc, raw, ids: set[str]) -> Document:
    """Files are named by their file name; two files of one name in different folders
    (d1/story.txt, d2/story.txt) are two sources, so the later one keeps its path. Two
    records of one id are an error."""
    if isinstance(doc, _FromTxt):
        if doc.doc.id in ids:
            return doc.doc.model_copy(update={"id": str(doc.path)})
        return doc.doc
    if doc.id in ids:
        raise InputError(None, f"two documents share the id {doc.id!r}: give each record its own id", type="input.duplicate_id")
    return doc


def _raise(exc: Exception):
    raise exc


def _load_file(p: Path, meta: dict, guard: _Guard) -> Iterator[Document]:
    suffix = p.suffix.lower()
    data = _read_bytes(p)
    if suffix in (".json", ".jsonl"):
        yield from iter_records(data, str(p), meta, guard.keep_going, guard.errors)
        return
    text = decode(data, str(p))
    del data
    yield document_from_text(text, p.name, meta.get(p.name), str(p))

bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
