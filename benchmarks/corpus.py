"""The benchmark corpus: the seeds, the dev corpus, generated letters and news in the seeds'
style, and (optionally) the sentences of a UD treebank.

Generated documents are made from templates with the project's own gazetteers (provinces,
ministries) and a seeded random generator, so a corpus is the same on every run. They follow
the seeds' shapes — a công văn with header, "Số:" line, "Kính gửi", body, a pipe table of
rates and a signature; a news article with title, byline, paragraphs of figures, quotes and a
"Từ khóa" line — so that every recognizer and the claim extractor have work to do. Figures
sit in prose as in the real documents: the generated letters and news carry about 1.2–1.7
claims and 5–8 entities per KB, the seeds and dev corpus 1.3 and 6.8 (measured with the
default extractor, 2026-11-30). They are benchmark input only, never gold.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

__all__ = ["Document", "build_corpus", "generated_documents", "real_documents", "treebank_documents"]


@dataclass(frozen=True, slots=True)
class Document:
    """A benchmark input: a name, its kind (seed / dev / letter / news / treebank) and text."""

    name: str
    kind: str
    text: str


METRICS = [
    "tỷ lệ dịch vụ công trực tuyến mức độ 4",
    "tỷ lệ hồ sơ nộp trực tuyến",
    "tỷ lệ hồ sơ xử lý trực tuyến",
    "tỷ lệ DVCTT phát sinh hồ sơ trực tuyến",
    "tỷ lệ thủ tục hành chính được tích hợp trên Cổng Dịch vụ công quốc gia",
    "tỷ lệ hồ sơ giải quyết đúng hạn",
]
PERIODS = [
    "năm {y}",
    "6 tháng đầu năm {y}",
    "quý {q}/{y}",
    "tháng {m}/{y}",
    "4 tháng đầu năm {y}",
    "tính đến ngày {d}/{m}/{y}",
]
# Sentences of the prose around the figures (no figure in them), in the register of the
# seeds: directives, background, tasks. Slots: {who} a plural body, {what} a task, {goal} an aim.
PROSE = [
    "{Who} cần tiếp tục rà soát, chuẩn hóa quy trình nội bộ, bảo đảm việc {what} được thực hiện thuận lợi.",
    "Việc {what} góp phần {goal}, đồng thời giảm thời gian và chi phí đi lại của người dân, doanh nghiệp.",
    "Trong thời gian tới, {who} tập trung chỉ đạo quyết liệt việc {what}, coi đây là nhiệm vụ trọng tâm.",
    "Bên cạnh những kết quả đạt được, việc {what} vẫn còn một số hạn chế, khó khăn cần sớm khắc phục.",
    "Nguyên nhân chủ yếu là do hạ tầng kỹ thuật chưa đồng bộ, kỹ năng số của một bộ phận người dân còn hạn chế.",
    "{Who} chủ động phối hợp, chia sẻ dữ liệu, tránh tình trạng yêu cầu người dân cung cấp lại thông tin.",
    "Đồng thời đẩy mạnh công tác thông tin, tuyên truyền để người dân, doanh nghiệp biết và sử dụng dịch vụ.",
    "Người đứng đầu {who} chịu trách nhiệm trước cấp trên về kết quả {what} tại cơ quan, đơn vị mình.",
    "Quá trình triển khai cho thấy {what} là giải pháp quan trọng nhằm {goal}.",
    "Nhiều ý kiến cho rằng cần có cơ chế khuyến khích để {goal} một cách thực chất.",
    "{Who} tổ chức kiểm tra, đánh giá định kỳ và kịp thời tháo gỡ vướng mắc phát sinh.",
    "Các hệ thống thông tin phải bảo đảm an toàn, an ninh mạng theo quy định của pháp luật.",
]
WHO = ["các bộ, ngành, địa phương", "các sở, ban, ngành", "các cơ quan, đơn vị", "ủy ban nhân dân các cấp"]
WHAT = [
    "cung cấp dịch vụ công trực tuyến toàn trình",
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "tiếp nhận hồ sơ trực tuyến",
    "thanh toán trực tuyến phí, lệ phí",
    "kết nối, chia sẻ dữ liệu giữa các hệ thống",
    "cải cách thủ tục hành chính",
]
GOALS = [
    "nâng cao chất lượng phục vụ người dân",
    "xây dựng chính quyền số",
    "tăng tính công khai, minh bạch",
    "cải thiện môi trường kinh doanh",
]
VERBS = ["đạt", "chỉ đạt", "đã đạt", "tăng lên", "là", "chiếm"]
QUALIFIERS = ["", "", "", "gần ", "hơn ", "khoảng ", "trên ", "tối thiểu "]
DOC_TYPES = [("Công văn", "BTTTT-THH"), ("Quyết định", "QĐ-UBND"), ("Kế hoạch", "KH-UBND"), ("Thông báo", "TB-VPCP")]
SIGNERS = ["Nguyễn Mạnh Hùng", "Phạm Đức Long", "Nguyễn Huy Dũng", "Trần Văn Sơn", "Lê Thị Hương"]
PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Quảng Ninh"]


def _names() -> tuple[list[str], list[str]]:
    from vn_egov_extract.resources import load_tsv  # here: bench.py times the package import

    provinces = [r["name"] for r in load_tsv("provinces.tsv", ("name",))]
    ministries = [r["name"] for r in load_tsv("ministries.tsv", ("name", "kind")) if r["kind"] == "ministry"]
    return provinces, ministries


def _pct(rng: random.Random) -> str:
    x = rng.uniform(0.5, 99.5)
    return f"{x:.2f}".replace(".", ",") + "%"


def _period(rng: random.Random, year: int) -> str:
    return rng.choice(PERIODS).format(
        y=year, q=rng.choice(["I", "II", "III", "IV"]), m=rng.randint(1, 12), d=rng.randint(1, 28)
    )


def _prose(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        who = rng.choice(WHO)
        out.append(
            rng.choice(PROSE).format(
                Who=who[0].upper() + who[1:], who=who, what=rng.choice(WHAT), goal=rng.choice(GOALS)
            )
        )
    return " ".join(out)


def _claim_sentence(rng: random.Random, provinces: list[str], year: int) -> str:
    p = rng.choice(provinces)
    lead = rng.choice(["tỉnh ", "UBND tỉnh ", "", "Sở TT&TT "])
    if rng.random() < 0.25:
        lo, hi = sorted([_pct(rng), _pct(rng)], key=lambda s: float(s[:-1].replace(",", ".")))
        value = f"từ {lo} đến {hi}"
    else:
        value = rng.choice(QUALIFIERS) + _pct(rng)
    period = _period(rng, year)
    return f"{period[0].upper()}{period[1:]}, {lead}{p} {rng.choice(VERBS)} {value} {rng.choice(METRICS)}."


def _letter(rng: random.Random, i: int, provinces: list[str], ministries: list[str]) -> str:
    year = rng.randint(2019, 2025)
    doc_type, symbol = rng.choice(DOC_TYPES)
    number = rng.randint(100, 9999)
    issuer = rng.choice(ministries)
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    cited = rng.randint(1, 200)
    lines = [
        f"{issuer.upper()} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
        "| Độc lập - Tự do - Hạnh phúc |",
        f"Số: {number}/{symbol} | {rng.choice(PLACES)}, ngày {d} tháng {m} năm {year} |",
        f"V/v đẩy mạnh cung cấp dịch vụ công trực tuyến năm {year}",
        "Kính gửi: | - Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; |",
        "| - Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương. |",
        f"Thực hiện Nghị quyết số {cited}/NQ-CP ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year - 1} "
        f"của Chính phủ về phát triển Chính phủ điện tử, {issuer} đề nghị các cơ quan, đơn vị khẩn trương "
        f"rà soát, cung cấp tối thiểu {rng.randint(30, 80)}% dịch vụ công trực tuyến mức độ 4 trước ngày "
        f"30/{rng.randint(6, 12)}/{year}.",
    ]
    for _ in range(rng.randint(2, 5)):
        lines.append(_prose(rng, rng.randint(2, 5)))
        if rng.random() < 0.5:
            lines.append(_claim_sentence(rng, provinces, year))
    if rng.random() < 0.3:
        lines.append(f"Bảng tổng hợp tỷ lệ hồ sơ trực tuyến (số liệu đến ngày {d}/{m}/{year}):")
        lines.append("| STT | Tỉnh, thành phố | Tỷ lệ |")
        for k, p in enumerate(rng.sample(provinces, rng.randint(3, 12)), start=1):
            lines.append(f"| {k} | {p} | {_pct(rng)} |")
    lines.append(_prose(rng, rng.randint(1, 3)))
    lines += [
        "Mọi vướng mắc xin liên hệ Cục Chuyển đổi số quốc gia, điện thoại "
        f"024.{rng.randint(3000, 3999)}.{rng.randint(1000, 9999)}.",
        "Trân trọng./.",
        "Nơi nhận: | KT. BỘ TRƯỞNG |",
        f"- Như trên; | THỨ TRƯỞNG |\n| {rng.choice(SIGNERS)} |",
    ]
    return "\n".join(lines)


def _news(rng: random.Random, i: int, provinces: list[str], ministries: list[str]) -> str:
    year = rng.randint(2019, 2025)
    p = rng.choice(provinces)
    paras = [
        f"{p} đẩy mạnh dịch vụ công trực tuyến mức độ 4",
        f"THU HÀ {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year} "
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        f"Theo Sở TT&TT {p}, {_period(rng, year)} toàn tỉnh đã tiếp nhận {rng.randint(1, 999)}.{rng.randint(100, 999)} "
        f"hồ sơ, trong đó {rng.choice(QUALIFIERS)}{_pct(rng)} hồ sơ được nộp trực tuyến.",
    ]
    for _ in range(rng.randint(3, 7)):
        para = _prose(rng, rng.randint(2, 4))
        if rng.random() < 0.4:
            para += " " + _claim_sentence(rng, provinces, year)
        paras.append(para)
    paras.append(
        f"Ông Nguyễn Văn {rng.choice(['An', 'Bình', 'Cường', 'Dũng'])}, Giám đốc Sở TT&TT cho biết, mục tiêu "
        f"đến hết năm {year + 1} tỉnh phấn đấu đạt {rng.randint(50, 95)}% hồ sơ trực tuyến theo chỉ đạo của "
        f"{rng.choice(ministries)}."
    )
    paras.append(f"Từ khóa: {p}, dịch vụ công trực tuyến, chuyển đổi số, Bộ TT&TT")
    return "\n\n".join(paras)


def generated_documents(n: int, *, seed: int = 8, kinds: tuple[str, ...] = ("letter", "news")) -> Iterator[Document]:
    """``n`` generated documents, alternating the ``kinds`` (same output for the same ``seed``)."""
    rng = random.Random(seed)
    provinces, ministries = _names()
    makers = {"letter": _letter, "news": _news}
    for i in range(n):
        kind = kinds[i % len(kinds)]
        yield Document(f"gen-{kind}-{i:05d}", kind, makers[kind](rng, i, provinces, ministries))


def real_documents() -> list[Document]:
    """The seeds and the dev corpus shipped in the repository."""
    docs = [Document(p.name, "seed", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    dev = ROOT / "tests" / "data" / "dev" / "raw"
    docs += [Document(p.name, "dev", p.read_text(encoding="utf-8")) for p in sorted(dev.glob("*.txt"))]
    return docs


def treebank_documents(path: Path, *, sentences_per_doc: int = 25) -> list[Document]:
    """The ``# text`` sentences of every .conllu file under ``path``, grouped into documents."""
    files = [path] if path.is_file() else sorted(path.glob("*.conllu"))
    sents = [
        line.split("=", 1)[1].strip()
        for f in files
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text") and not line.startswith("# text_")
    ]
    return [
        Document(f"ud-{k // sentences_per_doc:05d}", "treebank", " ".join(sents[k : k + sentences_per_doc]))
        for k in range(0, len(sents), sentences_per_doc)
    ]


def build_corpus(min_bytes: int, *, treebank: Path | None = None, seed: int = 8) -> list[Document]:
    """Real documents, then the treebank (if given), then generated ones up to ``min_bytes``
    of UTF-8; the order is shuffled with ``seed`` so every slice has every kind."""
    docs = real_documents()
    if treebank is not None:
        docs += treebank_documents(treebank)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    gen = generated_documents(10**9, seed=seed)
    while size < min_bytes:
        d = next(gen)
        docs.append(d)
        size += len(d.text.encode("utf-8"))
    random.Random(seed).shuffle(docs)
    return docs
