"""Reading GB/T 7714 reference lines back into BibTeX entries.

``parse_reference`` reads one line; ``split_reference_list`` cuts a pasted
list (wrapped lines, "[n]" labels) into lines; ``entries_from_reference_list``
turns an article's reference list into keyed entries for refs.bib.
"""

from wenxian.refparse.listsplit import split_reference_list
from wenxian.refparse.parser import parse_reference
from wenxian.refparse.importer import entries_from_reference_list

__all__ = ["entries_from_reference_list", "parse_reference", "split_reference_list"]
