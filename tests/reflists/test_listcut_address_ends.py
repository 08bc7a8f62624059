"""Where an address ends an entry, whatever the style (session 13, issue 13: lists in unseen styles).

Every line here was written for the test (invented works and addresses).
"""

from __future__ import annotations

from wenxian.refparse.listcut import cut_list
from wenxian.refparse.reading import read_item
from wenxian.refparse.text import close_spaced_urls


def test_an_address_ending_in_its_slash_is_finished_before_names_initials_and_a_year() -> None:
    # (the Institute of Physics' Harvard and ISO 690 print the next head as names, initials and a bare year)
    for head in ("Dorn M E 1971 Lakes of the plains (Berlin: Lake Press)", "DORN, M. E., 1971. Lakes of the plains."):
        lines = ["Abel R 2018 Rivers (London: River Press)",
                 "Brandt K 2019 Towns of the plains Online: http ://www.example.org/users/towns/web-pubs/",
                 head,
                 "Castell P 2020 Hills (Paris: Hill Press)"]
        items = cut_list(lines).items
        assert [item.line for item in items] == [1, 2, 3, 4]
        assert read_item(items[1]).entry.fields["url"] == "http://www.example.org/users/towns/web-pubs/"


def test_a_spaced_out_url_stops_at_the_sentence_after_its_full_stop() -> None:
    assert close_spaced_urls("Available at: http: //www.example.org/towns/. Reading Lists as They Stand") == (
        "Available at: http://www.example.org/towns/. Reading Lists as They Stand")
    # …but a host's piece after a spaced dot goes on
    assert close_spaced_urls("see http : / / www . Example . org / Docs . html for more") == (
        "see http://www.Example.org/Docs.html for more")


def test_the_year_after_a_spaced_out_address_is_no_piece_of_it() -> None:
    assert close_spaced_urls("Available at ftp: //ftp.example.org/pub/towns/rivers98.ps 1998.") == (
        "Available at ftp://ftp.example.org/pub/towns/rivers98.ps 1998.")
    assert close_spaced_urls("from: http ://www.example.com/1999/TECH/12/20/towns/. 1999.") == (
        "from: http://www.example.com/1999/TECH/12/20/towns/. 1999.")
    # …but a number with a slash or a dot after it is the path's
    assert close_spaced_urls("http : / / www . example . com / 1999 / TECH / x . html") == (
        "http://www.example.com/1999/TECH/x.html")
    assert close_spaced_urls("http : / / www . example . org / 2019 . pdf") == "http://www.example.org/2019.pdf"


def test_a_name_in_capitals_and_its_comma_after_an_address_is_no_piece_of_it() -> None:
    from wenxian.refparse.text import join_wrapped

    assert join_wrapped(["Available from: http://www.example.org:8080/towns95.html", "DORN, A., EBERT, H. and"]) == (
        "Available from: http://www.example.org:8080/towns95.html DORN, A., EBERT, H. and")
    # …but a wrapped address's piece in capitals goes on
    assert join_wrapped(["http://www.example.org/search?sl=IBM.AS.&0S=AN/", "IBM&RS=AN/"]) == (
        "http://www.example.org/search?sl=IBM.AS.&0S=AN/IBM&RS=AN/")
