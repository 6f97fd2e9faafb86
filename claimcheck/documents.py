"""Loading documents: .txt files, folders, JSON / JSONL records, stdin, meta.yaml.

Every failure is an :class:`InputError` naming the file (and line) and the problem.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, Iterable, Optional, Union

import regex
import yaml

from .errors import InputError
from .models import Document

MAX_FILE_BYTES = 64 * 1024 * 1024
_RECORD_FIELDS = {"id", "text", "published", "outlet", "title", "url"}

_DATELINE = regex.compile(
    r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<d>[0-3]?\d)\s+(?P<m>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+(?P<y>(?:19|20)\d\d)(?:\s+\d{1,2}:\d{2})?\s*$"
    r"|^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<m2>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?P<d2>[0-3]?\d),?\s+(?P<y2>(?:19|20)\d\d)(?:\s+\d{1,2}:\d{2}(?:\s*[ap]m)?)?\s*$",
    regex.MULTILINE | regex.IGNORECASE,
)
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]


def find_dateline(text: str, head_chars: int = 2000) -> Optional[dt.date]:
    """A publication date printed on a line of its own near the top
    ("Saturday 14 October 2023 09:12")."""
    m = _DATELINE.search(text[:head_chars])
    if not m:
        return None
    d, mon, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
    try:
        return dt.date(int(y), _MONTHS.index(mon.lower()) + 1, int(d))
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
        raise InputError(path, "file is empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(path, "file is UTF-16; convert it to UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(path, "file looks binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"file is not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); convert it to UTF-8") from None
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from None
    if size > MAX_FILE_BYTES:
        raise InputError(str(path), f"file is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,}")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror}") from None


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
        raise InputError(where, f"published date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def load_meta(path: Union[str, Path]) -> dict[str, dict[str, Any]]:
    """A meta.yaml: file name -> {published, outlet, url, title}."""
    p = Path(path)
    text = decode(_read_bytes(p), str(p))
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(str(p), f"malformed YAML: {getattr(exc, 'problem', exc)}", line=mark.line + 1 if mark else None) from None
    except ValueError as exc:  # YAML's own date reading: "published: 2023-02-30"
        raise InputError(str(p), f"invalid value: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputError(str(p), "meta file must map each file name to a mapping of published/outlet/url/title")
    for name, fields in data.items():
        unknown = set(fields) - (_RECORD_FIELDS - {"id", "text"})
        if unknown:
            raise InputError(str(p), f"entry {name!r} has unknown field(s) {', '.join(sorted(unknown))}; known: published, outlet, url, title")
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
            raise InputError(where or doc_id, f"{field} must be text, not {type(meta[field]).__name__}")
    return Document(id=doc_id, text=text, outlet=meta.get("outlet"), title=meta.get("title") or _headline(text),
                    url=meta.get("url"), published=published, published_source=source)


def _record(obj: Any, where: str, line: Optional[int], meta: dict) -> Document:
    if not isinstance(obj, dict):
        raise InputError(where, "each record must be a JSON object with at least 'id' and 'text'", line=line)
    missing = [k for k in ("id", "text") if k not in obj]
    if missing:
        raise InputError(where, f"record is missing {', '.join(missing)}", line=line)
    if not isinstance(obj["text"], str) or not obj["text"].strip():
        raise InputError(where, "record 'text' must be a non-empty string", line=line)
    fields = {**meta.get(str(obj["id"]), {}), **{k: obj[k] for k in _RECORD_FIELDS - {"id", "text"} if obj.get(k) is not None}}
    doc = document_from_text(obj["text"], str(obj["id"]), fields, where)
    if obj.get("published") is not None:
        doc = doc.model_copy(update={"published_source": "record"})
    return doc


def load_records(data: bytes, where: str, meta: Optional[dict] = None, keep_going: bool = False,
                 errors: Optional[list[InputError]] = None) -> list[Document]:
    """Documents from JSON (an object or a list of objects) or JSONL bytes."""
    meta = meta or {}
    text = decode(data, where)
    stripped = text.lstrip()
    docs: list[Document] = []
    if where.endswith(".json") or (stripped.startswith("[")):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"malformed JSON: {exc.msg}", line=exc.lineno) from None
        except RecursionError:
            raise InputError(where, "JSON nested too deeply") from None
        items = obj if isinstance(obj, list) else [obj]
        for k, item in enumerate(items):
            try:
                docs.append(_record(item, where, None, meta))
            except InputError as exc:
                if not keep_going:
                    raise InputError(where, f"record {k}: {exc.problem}") from None
                if errors is not None:
                    errors.append(exc)
        return docs
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(where, f"malformed JSON: {exc.msg}", line=n) from None
            except RecursionError:
                raise InputError(where, "JSON nested too deeply", line=n) from None
            docs.append(_record(obj, where, n, meta))
        except InputError as exc:
            if not keep_going:
                raise
            if errors is not None:
                errors.append(exc)
    return docs


def load_documents(paths: Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]], meta: Optional[Union[str, Path]] = None, *,
                   keep_going: bool = False, errors: Optional[list[InputError]] = None, stdin=None) -> list[Document]:
    """Documents from .txt files, folders of them (with their meta.yaml), JSON/JSONL
    files of records, or "-" for standard input (JSONL if it looks like JSON, else text).

    ``meta`` names a metadata file that applies to every path. With ``keep_going``,
    bad files and records are appended to ``errors`` and the rest still load.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    user_meta = load_meta(meta) if meta else {}
    docs: list[Document] = []

    def guard(fn, *a):
        try:
            return fn(*a)
        except InputError as exc:
            if not keep_going:
                raise
            if errors is not None:
                errors.append(exc)
            return []

    for raw in paths:
        raw = str(raw)
        if raw == "-":
            import sys

            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            if isinstance(data, str):
                data = data.encode("utf-8")
            if data.lstrip()[:1] in (b"{", b"["):
                docs.extend(guard(load_records, data, "<stdin>", user_meta, keep_going, errors))
            else:
                docs.extend(guard(_stdin_text, data, user_meta))
            continue
        p = Path(raw)
        if not p.exists():
            guard(_raise, InputError(raw, "no such file or folder"))
            continue
        if p.is_dir():
            folder_meta = dict(user_meta)
            if (p / "meta.yaml").exists() and not meta:
                folder_meta = guard(load_meta, p / "meta.yaml") or {}
            try:
                files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in (".txt", ".json", ".jsonl"))
            except OSError as exc:
                guard(_raise, InputError(raw, f"cannot read the folder: {exc.strerror}"))
                continue
            if not files:
                guard(_raise, InputError(raw, "folder holds no .txt, .json or .jsonl files"))
            for f in files:
                docs.extend(_unique(guard(_load_file, f, folder_meta, keep_going, errors), f, docs))
            continue
        file_meta = dict(user_meta)
        if not meta and (p.parent / "meta.yaml").exists() and p.suffix.lower() == ".txt":
            file_meta = guard(load_meta, p.parent / "meta.yaml") or {}
        docs.extend(_unique(guard(_load_file, p, file_meta, keep_going, errors), p, docs))
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise InputError(None, f"two documents share the id {dup!r}: give each record its own id")
    return docs


def _unique(new: list[Document], path: Path, loaded: list[Document]) -> list[Document]:
    """Files are named by their file name; two files of one name in different folders
    (d1/story.txt, d2/story.txt) are two sources, so the later one keeps its path."""
    if len(new) != 1 or path.suffix.lower() in (".json", ".jsonl"):
        return new
    taken = {d.id for d in loaded}
    doc = new[0]
    if doc.id in taken:
        doc = doc.model_copy(update={"id": str(path)})
    return [doc]


def _stdin_text(data: bytes, meta: dict) -> list[Document]:
    return [document_from_text(decode(data, "<stdin>"), "stdin", meta.get("stdin"))]


def _raise(exc: Exception):
    raise exc


def _load_file(p: Path, meta: dict, keep_going: bool, errors) -> list[Document]:
    suffix = p.suffix.lower()
    data = _read_bytes(p)
    if suffix in (".json", ".jsonl"):
        return load_records(data, str(p), meta, keep_going, errors)
    text = decode(data, str(p))
    return [document_from_text(text, p.name, meta.get(p.name), str(p))]
