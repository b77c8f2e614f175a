"""vn_egov_extract: entities and claims from Vietnamese e-government documents.

Reads Vietnamese news articles and official letters (công văn, nghị quyết, quyết định, báo
cáo) about e-government and turns them into data: sentences and tokens, entities (document
numbers, dates and periods, agencies, provinces, percentages, quantities, persons) and claims
("province X achieved Y% of metric M in period Z"), every span traceable to its characters.

>>> from vn_egov_extract import extract
>>> r = extract("Tính đến tháng 4/2022, tỷ lệ hồ sơ trực tuyến trung bình của cả nước mới chỉ đạt 24,89%.")
>>> c = r.claims[0]
>>> (c.subject.name, c.metric.key, c.value.value, c.period.end, c.status)
('Việt Nam', 'online_dossier_rate', 24.89, '2022-04-30', 'achieved')
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    DataFileError,
    ErrorKind,
    InputError,
    MissingDependencyError,
    ReaderError,
    VnEgovExtractError,
)
from .models import Claim, DocumentResult, Entity, Sentence, Token  # noqa: E402
from .pipeline import Extractor, extract, extract_file  # noqa: E402
from .readers import ReadOptions  # noqa: E402

__all__ = [
    "__version__",
    "extract",
    "extract_file",
    "Extractor",
    "ReadOptions",
    "DocumentResult",
    "Entity",
    "Claim",
    "Sentence",
    "Token",
    "ErrorKind",
    "VnEgovExtractError",
    "InputError",
    "ReaderError",
    "DataFileError",
    "MissingDependencyError",
]
