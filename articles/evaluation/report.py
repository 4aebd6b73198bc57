"""The printed table and the JSON figures of an evaluation run."""

import json
from pathlib import Path

# The figures issue 3 asks for: (set, measure) -> (">=" or "<", bound).
TARGETS = {
    ("body", "f1"): (">=", 0.965),
    ("body", "precision"): (">=", 0.955),
    ("metadata", "title"): (">=", 0.95),
    ("metadata", "date"): (">=", 0.92),
    ("metadata", "author"): (">=", 0.85),
    ("metadata", "with"): (">=", 0.95),
    ("metadata", "without"): (">=", 0.90),
    ("people", "f1"): (">=", 0.90),
    ("people", "news_f1"): (">=", 0.90),
    ("people", "split_rate"): ("<", 0.03),
    ("countries", "f1"): (">=", 0.90),
    ("quotes", "quote_f1"): (">=", 0.95),
    ("quotes", "speaker_accuracy"): (">=", 0.92),
    ("quotes", "end_to_end_f1"): (">=", 0.88),
    ("quotes", "people_f1"): (">=", 0.92),
    ("quotes", "people_split_rate"): ("<", 0.03),
    ("quotes", "countries_f1"): (">=", 0.93),
    ("speed", "pipeline_share_of_trafilatura"): (">=", 1 / 6),
}


def meets(target, value) -> bool | None:
    if target is None or value is None:
        return None
    operator, bound = target
    return value >= bound if operator == ">=" else value < bound


def format_number(value) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if abs(value) < 100 else f"{value:.0f}"


def format_row(set_name: str, measure: str, figure: dict) -> str:
    value, spread = figure.get("value"), figure.get("interval")
    spread_text = (
        f"[{format_number(spread[0])}, {format_number(spread[1])}]" if spread else ""
    )
    target = TARGETS.get((set_name, measure))
    verdict = {True: "ok", False: "MISSED", None: ""}[meets(target, value)]
    target_text = f"{target[0]} {target[1]:.3f}" if target else ""
    return (
        f"{set_name:<10} {measure:<32} {format_number(value):>7} "
        f"{spread_text:<16} {target_text:<9} {verdict}"
    ).rstrip()


def earlier_value(earlier: dict | None, set_name: str, measure: str):
    """The same figure in an earlier run's JSON (`--compare`), or None."""
    if not earlier:
        return None
    if set_name == "speed":
        return earlier.get("speed", {}).get(measure)
    entry = earlier.get("sets", {}).get(set_name, {})
    return entry.get("figures", {}).get(measure, {}).get("value")


def with_earlier(row: str, earlier: dict | None, set_name: str, measure: str) -> str:
    if not earlier:
        return row
    before = format_number(earlier_value(earlier, set_name, measure))
    return f"{row:<84} (before: {before})"


def table(results: dict, earlier: dict | None = None) -> str:
    """One line per figure; `results` is what `as_json` builds. With `earlier`,
    an earlier run's figures, each line also shows the figure before."""
    header = f"{'set':<10} {'measure':<32} {'value':>7} {'95% interval':<16} target"
    lines = [header, "-" * len(header)]
    for set_name, entry in results["sets"].items():
        title = f"# {set_name}: {entry['description']} ({entry['documents']} documents"
        errors = f", {len(entry['errors'])} refused" if entry["errors"] else ""
        lines.append(f"{title}{errors})")
        for measure, figure in entry["figures"].items():
            row = format_row(set_name, measure, figure)
            lines.append(with_earlier(row, earlier, set_name, measure))
    if results.get("speed"):
        lines.append(
            "# speed: pages per CPU second (one core) on the scrapinghub pages"
        )
        for measure, value in results["speed"].items():
            row = format_row("speed", measure, {"value": value})
            lines.append(with_earlier(row, earlier, "speed", measure))
    return "\n".join(lines)


def markdown_table(results: dict) -> str:
    """The same figures as a Markdown table, for a README."""
    lines = [
        "| set | measure | value | 95% interval | target |",
        "| --- | --- | ---: | --- | --- |",
    ]
    rows = [
        (set_name, measure, figure)
        for set_name, entry in results["sets"].items()
        for measure, figure in entry["figures"].items()
    ]
    rows += [("speed", m, {"value": v}) for m, v in results.get("speed", {}).items()]
    for set_name, measure, figure in rows:
        spread = figure.get("interval")
        target = TARGETS.get((set_name, measure))
        verdict = {True: " (met)", False: " (missed)", None: ""}[
            meets(target, figure.get("value"))
        ]
        lines.append(
            f"| {set_name} | {measure} | {format_number(figure.get('value'))} | "
            + (
                f"{format_number(spread[0])} – {format_number(spread[1])}"
                if spread
                else ""
            )
            + " | "
            + (f"{target[0]} {target[1]:.3f}{verdict}" if target else "")
            + " |"
        )
    return "\n".join(lines)


def as_json(set_results, speed: dict | None, about: dict, resamples: int) -> dict:
    return {
        **about,
        "bootstrap_resamples": resamples,
        "sets": {
            result.evaluation_set.name: {
                "description": result.evaluation_set.description,
                "documents": len(result.records),
                "errors": result.errors,
                "figures": result.figures(resamples),
            }
            for result in set_results
        },
        "speed": speed or {},
    }


def write_json(results: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(results, indent=2, sort_keys=False) + "\n", encoding="utf-8"
    )
