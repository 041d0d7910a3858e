#!/usr/bin/env python3
"""Convert GNOME Help topic pages (Mallard XML) into eHelp's demo knowledge-base file.

Usage: gnome_help_to_kb.py PAGES_DIR OUTPUT_JSON

Each topic page becomes one article: its <title>, its <desc> as the first paragraph, then its
paragraphs, numbered steps, lists and notes as plain text. Guide pages (navigation only) are
skipped. The pages are CC BY-SA 3.0; every article keeps the page name as its source.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = "{http://projectmallard.org/1.0/}"
SKIP = {"info", "title", "media", "links", "comment"}


def inline(el):
    text = "".join(el.itertext())
    return re.sub(r"\s+", " ", text).strip()


def blocks(el, out, prefix=""):
    for child in el:
        tag = child.tag.replace(NS, "")
        if tag in SKIP or not isinstance(child.tag, str):
            continue
        if tag == "p":
            text = inline(child)
            if text:
                out.append(prefix + text)
        elif tag == "steps":
            number = 0
            for item in child:
                if item.tag.replace(NS, "") == "item":
                    number += 1
                    parts = []
                    blocks(item, parts)
                    if parts:
                        out.append(prefix + f"{number}. " + "\n   ".join(parts))
        elif tag in ("list", "terms", "tree"):
            for item in child:
                if item.tag.replace(NS, "") == "item":
                    parts = []
                    blocks(item, parts)
                    if parts:
                        out.append(prefix + "- " + "\n  ".join(parts))
        elif tag == "note":
            parts = []
            blocks(child, parts)
            if parts:
                out.append(prefix + "Note: " + "\n".join(parts))
        elif tag in ("section", "div", "item", "synopsis", "example"):
            title = child.find(NS + "title")
            if title is not None and inline(title):
                out.append(prefix + inline(title).upper())
            blocks(child, out, prefix)
        elif tag in ("screen", "code"):
            out.append(prefix + "".join(child.itertext()).strip())
        elif tag in ("table",):
            for row in child.iter(NS + "tr"):
                cells = [inline(c) for c in row if c.tag in (NS + "td", NS + "th")]
                if any(cells):
                    out.append(prefix + " | ".join(cells))


def join_key_sequences(root):
    for keyseq in root.iter(NS + "keyseq"):
        keys = [inline(k) for k in keyseq if isinstance(k.tag, str)]
        tail = keyseq.tail
        keyseq.clear()
        keyseq.text = "+".join(keys)
        keyseq.tail = tail


def convert(path):
    root = ET.parse(path).getroot()
    join_key_sequences(root)
    if root.get("type") == "guide":
        return None
    title_el = root.find(NS + "title")
    if title_el is None:
        return None
    info = root.find(NS + "info")
    desc = info.find(NS + "desc") if info is not None else None
    out = []
    if desc is not None and inline(desc):
        out.append(inline(desc))
    blocks(root, out)
    if len(out) < 2:
        return None
    styles = (root.get("style") or "").split()
    topic = root.get("id") or path.stem
    tags = [s for s in styles if s not in ("task", "ui", "tip", "problem", "question")]
    tags.append(topic.split("-")[0])
    if "problem" in styles or "-problem" in topic:
        tags.append("troubleshooting")
    return {
        "source": f"gnome-help/C/{path.name}",
        "title": inline(title_el),
        "body": "\n\n".join(out),
        "tags": sorted(set(tags)),
    }


def main():
    pages, output = Path(sys.argv[1]), Path(sys.argv[2])
    articles = []
    for page in sorted(pages.glob("*.page")):
        try:
            article = convert(page)
        except ET.ParseError as error:
            print(f"skipped {page.name}: {error}", file=sys.stderr)
            continue
        if article:
            articles.append(article)
    output.write_text(json.dumps(articles, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(articles)} articles written to {output}")


if __name__ == "__main__":
    main()
