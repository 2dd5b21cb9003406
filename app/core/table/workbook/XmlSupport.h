#pragma once

// XML helpers for the .xlsx and .ods readers: orcus's SAX parser (liborcus-parser) run
// over one part, with every exception turned into an Error.

#include "table/workbook/SheetData.h"

// orcus's parser templates are compiled here with their assert()s off, as in a
// release build (and as liborcus itself is built): a cut-off part can reach one (a
// CDATA section at the very end) and must be an error, not an abort. What the asserts
// would have caught is made harmless by the padding below (kParserTailRoom).
#ifndef NDEBUG
#define SHAREWISE_RESTORE_ASSERT
#define NDEBUG
#endif
#include <cassert>
#include <orcus/sax_ns_parser.hpp>
#include <orcus/sax_parser.hpp>
#ifdef SHAREWISE_RESTORE_ASSERT
#undef NDEBUG
#undef SHAREWISE_RESTORE_ASSERT
#endif
#include <cassert>

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

namespace sharewise::table::workbook {

// Handlers derive from this and hide what they use. Unused callbacks do nothing.
struct SaxHandlerBase
{
    void doctype(const orcus::sax::doctype_declaration&) {}
    void start_declaration(std::string_view) {}
    void end_declaration(std::string_view) {}
    void start_element(const orcus::sax::parser_element&) {}
    void end_element(const orcus::sax::parser_element&) {}
    void characters(std::string_view, bool) {}
    void attribute(const orcus::sax::parser_attribute&) {}
};

// Forwards every callback and counts open elements: orcus's parser accepts a part
// that ends with elements still open (a cut-off part), which is damage.
template <typename Handler>
struct DepthCounting
{
    Handler& h;
    int depth = 0;

    template <typename... A>
    void doctype(const A&... a)
    {
        h.doctype(a...);
    }
    void start_declaration(std::string_view d) { h.start_declaration(d); }
    void end_declaration(std::string_view d) { h.end_declaration(d); }
    template <typename E>
    void start_element(const E& e)
    {
        ++depth;
        h.start_element(e);
    }
    template <typename E>
    void end_element(const E& e)
    {
        --depth;
        h.end_element(e);
    }
    void characters(std::string_view s, bool transient) { h.characters(s, transient); }
    template <typename... A>
    void attribute(const A&... a)
    {
        h.attribute(a...);
    }
};

// Past a UTF-8 byte order mark, which some writers put before the XML declaration.
inline size_t xmlStart(const std::string& xml)
{
    return xml.size() >= 3 && xml.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
}

// orcus 0.17's SAX parser (a header template, so compiled into our code) reads a byte
// or two past the end of its buffer when a part ends inside a tag (found by
// fuzz_xlsx_reader). Every buffer it parses is therefore followed by this many '<'
// bytes, outside the size it is given: each path that reads past the end then meets a
// '<' where it cannot be, and throws. ZipArchive reserves the room.
constexpr size_t kParserTailRoom = 64;

inline void padForParser(std::string& xml)
{
    xml.append(kParserTailRoom, '<');
}

// Parses `xml` (padded for the parse, restored after) with a handler; a ParseStop
// thrown by the handler gives its error, any other exception (malformed XML) or an
// unfinished part gives `damaged`.
template <typename Parse>
Status runParser(std::string& xml, const Error& damaged, Parse&& parse)
{
    const size_t size = xml.size();
    const size_t skip = xmlStart(xml);
    Status status;
    try {
        padForParser(xml);
        if (!parse(xml.data() + skip, size - skip))
            status = damaged;
    } catch (const ParseStop& stop) {
        status = stop.error;
    } catch (const std::bad_alloc&) {
        status = outOfMemory(damaged.where);
    } catch (...) {
        status = damaged;
    }
    xml.resize(size);
    return status;
}

template <typename Handler>
Status parseXml(std::string& xml, Handler& handler, const Error& damaged)
{
    return runParser(xml, damaged, [&](const char* data, size_t size) {
        DepthCounting<Handler> counting{handler};
        orcus::sax_parser<DepthCounting<Handler>> parser(data, size, counting);
        parser.parse();
        return counting.depth == 0;
    });
}

// The same with namespaces resolved (elements and attributes carry their URI).
template <typename Handler>
Status parseXmlNs(std::string& xml, Handler& handler, const Error& damaged)
{
    return runParser(xml, damaged, [&](const char* data, size_t size) {
        orcus::xmlns_repository repo;
        orcus::xmlns_context context = repo.create_context();
        DepthCounting<Handler> counting{handler};
        orcus::sax_ns_parser<DepthCounting<Handler>> parser(data, size, context, counting);
        parser.parse();
        return counting.depth == 0;
    });
}

inline std::optional<quint64> parseUnsigned(std::string_view s)
{
    quint64 v = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    if (res.ec != std::errc() || res.ptr != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

inline std::optional<double> parseDouble(std::string_view s)
{
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double v = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    if (res.ec != std::errc() || res.ptr != s.data() + s.size() || s.empty() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// "B7" or "$B$7" → 0-based row 6, column 1. Either part may be missing ("B", "7") when
// allowPartial; columns past XFD and rows past 2^31 are refused.
inline bool parseCellRef(std::string_view s, qint64& row, qint64& column, bool allowPartial = false)
{
    size_t i = 0;
    if (i < s.size() && s[i] == '$')
        ++i;
    qint64 col = 0;
    size_t letters = 0;
    for (; i < s.size(); ++i, ++letters) {
        char c = s[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            break;
        if (letters >= 3)
            return false;
        col = col * 26 + (c - 'A' + 1);
    }
    if (i < s.size() && s[i] == '$')
        ++i;
    qint64 r = 0;
    size_t digits = 0;
    for (; i < s.size(); ++i, ++digits) {
        const char c = s[i];
        if (c < '0' || c > '9' || digits >= 10)
            return false;
        r = r * 10 + (c - '0');
    }
    if (i != s.size())
        return false;
    if ((letters == 0 || digits == 0) && !allowPartial)
        return false;
    if (letters == 0 && digits == 0)
        return false;
    if (digits > 0 && (r < 1 || r > (qint64(1) << 31)))
        return false;
    row = digits > 0 ? r - 1 : -1;
    column = letters > 0 ? col - 1 : -1;
    return true;
}

} // namespace sharewise::table::workbook
