#include "cli/commands.hpp"

#include "cli/output_names.hpp"
#include "cli/text_report.hpp"
#include "office/office_session.hxx"
#include "office/safe_output.hxx"
#include "uno/common/uno_strings.hxx"

#include <boost/json.hpp>
#include <boost/program_options.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <org/itatools/XDocumentTools.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

namespace po = boost::program_options;
namespace fs = std::filesystem;
namespace json = boost::json;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace ita::cli {

namespace {

// Spreadsheets get marked copies; Writer reports are only listed.
const std::set<std::string> kCalcInputs = {".ods", ".xlsx", ".xls", ".fods", ".csv"};

struct Global {
    std::string connect;
    std::string frameworks;
    bool help = false;
    bool version = false;
    std::vector<std::string> operands; // after "--": files, even when they start with "-"
};

const char *kUsageText =
    "ita — ITA Tools for LibreOffice, headless\n"
    "\n"
    "usage: ita [--connect URL] [--frameworks DIR] <command> [options] FILE...\n"
    "\n"
    "commands:\n"
    "  validate FILE...   check score sheets and reports (.ods .xlsx .xls .odt .docx)\n"
    "  analyse FILE       compute the analysis of one score sheet; --output writes a copy with the analysis "
    "sheet\n"
    "  fill               fill an official document (memo, analysis, measures, report, plan) from a score "
    "sheet\n"
    "  frameworks         list the fiscal-year frameworks available\n"
    "\n"
    "global options:\n"
    "  --connect URL      use a running office (e.g. socket,host=localhost,port=2002) with ITA Tools "
    "installed\n"
    "  --frameworks DIR   extra folder of fyNNNN.json framework files (adds or overrides years)\n"
    "  --help, -h         this help; `ita <command> --help` for a command\n"
    "  --version          print the version\n"
    "\n"
    "exit codes: 0 nothing wrong, 1 findings of severity error, 2 usage error or unreadable input\n";

using lo::toOU;
using lo::toStd;

Reference<org::itatools::XDocumentTools> service(office::Session &session) {
    auto ctx = session.context();
    return Reference<org::itatools::XDocumentTools>(
        ctx->getServiceManager()->createInstanceWithContext("org.itatools.DocumentTools", ctx),
        UNO_QUERY_THROW);
}

std::string optionsJson(const Global &g, const std::optional<int> &year, double tolerance,
                        const std::string &path, bool write, bool annotate = false) {
    json::object o;
    if (!g.frameworks.empty()) o["frameworks"] = fs::absolute(g.frameworks).string();
    if (year) o["fiscal_year"] = *year;
    o["tolerance"] = tolerance;
    o["path"] = path;
    if (write) o["write"] = true;
    if (annotate) {
        // marked copies leave the office: the component strips their macros and links
        o["annotate"] = true;
        o["clean_copy"] = true;
    }
    return json::serialize(o);
}

// Runs fn on each file with one office. An office that dies (a crash on a
// bad file, a kill) is restarted for the next file, and the file it died on
// is reported unreadable: one bad submission must not stop a provincial batch.
// A file that cannot be a document (missing, empty, unreadable) is reported
// without asking the office, which is started only when some file needs it.
// Returns how many files were done; fewer than all when the run was
// interrupted (Ctrl-C): the caller reports the rest as not checked.
template <class Fn>
size_t forEachDocument(office::Session &session, const std::vector<std::string> &files, Fn fn,
                       const std::function<void(const std::string &, const std::string &)> &unreadable,
                       bool editable = false) {
    std::vector<std::string> whyNot(files.size());
    bool anyReadable = false;
    for (size_t i = 0; i < files.size(); ++i) {
        try {
            office::checkReadable(files[i]);
            anyReadable = true;
        } catch (const std::exception &e) {
            whyNot[i] = e.what();
        }
    }
    if (anyReadable) {
        try {
            session.start();
        } catch (...) {
            if (office::interrupted()) return 0;
            throw;
        }
    }
    for (size_t i = 0; i < files.size(); ++i) {
        if (office::interrupted()) return i;
        const std::string &file = files[i];
        if (!whyNot[i].empty()) {
            unreadable(file, whyNot[i]);
            continue;
        }
        if (!session.alive()) session.restart();
        Reference<css::lang::XComponent> doc;
        std::string failure;
        try {
            doc = session.load(file, editable);
            fn(file, doc);
        } catch (const css::uno::Exception &e) {
            failure = toStd(e.Message);
        } catch (const std::exception &e) {
            failure = e.what();
        }
        if (office::interrupted()) return i; // the office was killed under this file: not its fault
        if (failure.empty()) {
            office::Session::close(doc);
            continue;
        }
        if (!session.alive()) {
            unreadable(file, "the office stopped while reading this file (" + failure + ")");
            continue; // restarted before the next file
        }
        office::Session::close(doc);
        unreadable(file, failure);
    }
    return files.size();
}

// The --marked-copies folder must exist and take files before the office
// starts: otherwise every input would end as "unreadable" with a store error.
void checkWritableFolder(const std::string &dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir))
        throw po::error("--marked-copies: cannot create the folder " + dir +
                        (ec ? ": " + ec.message() : std::string()));
    const fs::path probe = fs::path(dir) / (".ita-probe-" + std::to_string(::getpid()));
    std::ofstream(probe.string()) << "";
    const bool ok = fs::exists(probe, ec);
    fs::remove(probe, ec);
    if (!ok) throw po::error("--marked-copies: the folder " + dir + " cannot be written");
}

// Parses a command's options and its FILE arguments. Returns false when it
// printed the command's --help instead.
bool parseCommand(const std::vector<std::string> &args, const std::vector<std::string> &operands,
                  const po::options_description &opts, std::vector<std::string> &files, po::variables_map &vm,
                  std::ostream &out) {
    po::options_description hidden;
    hidden.add_options()("file", po::value(&files));
    po::options_description all;
    all.add(opts).add(hidden);
    po::positional_options_description pos;
    pos.add("file", -1);
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
        out << opts << "\n";
        return false;
    }
    files.insert(files.end(), operands.begin(), operands.end());
    return true;
}

// Entries for the files an interrupted run did not get to: every input keeps
// its place in the output, and a script can tell "not checked" from "ok".
void reportNotChecked(const std::vector<std::string> &files, size_t done, std::vector<std::string> &json,
                      std::ostream &err) {
    for (size_t i = done; i < files.size(); ++i) {
        json::object o;
        o["path"] = files[i];
        o["status"] = "not_checked";
        o["interrupted"] = true;
        json.push_back(json::serialize(o));
    }
    err << "ita: interrupted: " << (files.size() - done) << " of " << files.size()
        << " file(s) not checked\n";
}

int cmdValidate(const Global &g, const std::vector<std::string> &args, std::ostream &out, std::ostream &err) {
    po::options_description opts(
        "ita validate FILE... [options]\n\n"
        "Checks each file with the rules of its fiscal year and prints the findings.\n"
        "The files are opened read-only and never changed.\n\noptions");
    std::string format = "text", lang = "th", markedDir;
    int year = 0;
    double tolerance = 0.02;
    bool force = false;
    std::vector<std::string> files;
    opts.add_options()("help,h", "this help")("format", po::value(&format)->default_value("text"),
                                              "text or json")("lang", po::value(&lang)->default_value("th"),
                                                              "messages in th or en (text format)")(
        "fiscal-year", po::value(&year), "fiscal year (BE) to use instead of the stated one")(
        "tolerance", po::value(&tolerance)->default_value(0.02), "allowed difference of a stated total")(
        "marked-copies", po::value(&markedDir),
        "write into DIR a copy of each file with the findings marked (comments, outlines and the report "
        "sheet, as the menu does) as NAME-marked.ods and NAME-marked.pdf; the inputs are never changed")(
        "force", po::bool_switch(&force), "replace marked copies that exist already");
    po::variables_map vm;
    if (!parseCommand(args, g.operands, opts, files, vm, out)) return kOk;
    if (format != "text" && format != "json") throw po::error("--format must be text or json");
    if (lang != "th" && lang != "en") throw po::error("--lang must be th or en");
    if (files.empty()) throw po::error("validate needs at least one FILE");
    if (tolerance < 0) throw po::error("--tolerance must not be negative");
    std::vector<std::string> markedStems;
    if (!markedDir.empty()) {
        checkWritableFolder(markedDir);
        for (const std::string &f : files)
            if (fs::exists(f) &&
                fs::equivalent(fs::path(f).parent_path().empty() ? "." : fs::path(f).parent_path(),
                               markedDir))
                throw po::error("--marked-copies must be another folder than the one holding " + f);
        markedStems = markedCopyStems(files);
        // refused before any work: an earlier run's copies are never replaced by surprise
        std::string existing;
        for (size_t i = 0; i < files.size(); ++i)
            if (kCalcInputs.count(fs::path(files[i]).extension().string()))
                for (const char *ext : {".ods", ".pdf"}) {
                    const fs::path target = fs::path(markedDir) / (markedStems[i] + ext);
                    if (!force && fs::exists(target)) existing += "\n  " + target.string();
                }
        if (!existing.empty())
            throw po::error("these marked copies exist already (pass --force to replace them):" + existing);
    }
    std::optional<int> fy;
    if (vm.count("fiscal-year")) fy = year;

    office::installSignalHandlers(office::OnSignal::Interrupt);
    office::Session session(office::defaultPaths(), g.connect);

    std::vector<std::string> reports; // JSON texts as the service made them
    int rc = kOk;
    TextReport text(out, lang == "en");
    std::map<std::string, size_t> indexOf;
    for (size_t i = 0; i < files.size(); ++i)
        indexOf.emplace(files[i], i);
    size_t current = 0;
    const size_t done = forEachDocument(
        session, files,
        [&](const std::string &file, const Reference<css::lang::XComponent> &doc) {
            // fetched per file: after an office restart the old reference is dead
            const bool mark = !markedDir.empty() && kCalcInputs.count(fs::path(file).extension().string());
            const std::string result = toStd(
                service(session)->validate(doc, toOU(optionsJson(g, fy, tolerance, file, false, mark))));
            json::value v = json::parse(result);
            std::string copyError;
            if (mark) {
                // The document was opened from a private copy; the marks live only in
                // memory until stored here, under a name of this input's own.
                const fs::path stem = fs::path(markedDir) / markedStems[current];
                try {
                    session.storeTo(doc, stem.string() + ".ods", force);
                    session.storeTo(doc, stem.string() + ".pdf", force);
                } catch (const std::exception &e) {
                    copyError = e.what();
                } catch (const css::uno::Exception &e) {
                    if (office::interrupted()) throw;
                    copyError = toStd(e.Message);
                }
            }
            if (v.at("counts").at("errors").as_int64() > 0) rc = std::max(rc, kFindings);
            if (!copyError.empty()) {
                // the findings stand; only the copy is missing
                rc = kUsage;
                v.as_object()["marked_copy_error"] = copyError;
                err << "ita: " << file << ": the marked copy was not written: " << copyError << "\n";
            }
            if (format == "json")
                reports.push_back(copyError.empty() ? result : json::serialize(v));
            else
                text.file(v);
            ++current;
        },
        [&](const std::string &file, const std::string &why) {
            rc = kUsage;
            ++current;
            json::object o;
            o["path"] = file;
            o["status"] = "unreadable";
            o["error"] = why;
            if (format == "json")
                reports.push_back(json::serialize(o));
            else
                text.unreadable(file, why);
        },
        !markedDir.empty());
    session.stop();
    if (done < files.size()) reportNotChecked(files, done, reports, err);
    if (format == "json") {
        out << "[";
        for (size_t i = 0; i < reports.size(); ++i)
            out << (i ? ",\n" : "") << reports[i];
        out << "]\n";
    } else
        text.summary();
    out.flush();
    if (office::interrupted()) return 128 + office::interrupted();
    return rc;
}

int cmdAnalyse(const Global &g, const std::vector<std::string> &args, std::ostream &out, std::ostream &err) {
    po::options_description opts(
        "ita analyse FILE [options]\n\n"
        "Computes the analysis of the file's indicator scores: total, rating, tool scores,\n"
        "ranking, weakest indicators, change from last year.\n\noptions");
    std::string format = "text", output, pdf;
    int year = 0;
    bool force = false;
    std::vector<std::string> files;
    opts.add_options()("help,h", "this help")("format", po::value(&format)->default_value("text"),
                                              "text or json")(
        "fiscal-year", po::value(&year), "fiscal year (BE) to use instead of the stated one")(
        "output,o", po::value(&output),
        "write a copy of the workbook with the analysis sheet (.ods or .xlsx); a new file")(
        "pdf", po::value(&pdf), "export the workbook with the analysis sheet to PDF; a new file")(
        "force", po::bool_switch(&force), "replace --output/--pdf files that exist already");
    po::variables_map vm;
    if (!parseCommand(args, g.operands, opts, files, vm, out)) return kOk;
    if (format != "text" && format != "json") throw po::error("--format must be text or json");
    if (files.size() != 1) throw po::error("analyse takes exactly one FILE");
    for (const std::string &target : {output, pdf}) {
        if (target.empty()) continue;
        if (fs::exists(files[0]) && fs::exists(target) && fs::equivalent(files[0], target))
            throw po::error("the output must be a new file, not the input " + files[0]);
        try {
            office::checkNewOutput(target, force);
        } catch (const std::runtime_error &e) {
            throw po::error(e.what());
        }
    }
    if (!output.empty() && !pdf.empty() && fs::absolute(output) == fs::absolute(pdf))
        throw po::error("--output and --pdf name the same file");
    std::optional<int> fy;
    if (vm.count("fiscal-year")) fy = year;

    office::installSignalHandlers(office::OnSignal::Interrupt);
    office::Session session(office::defaultPaths(), g.connect);
    int rc = kOk;
    forEachDocument(
        session, files,
        [&](const std::string &file, const Reference<css::lang::XComponent> &doc) {
            const bool write = !output.empty() || !pdf.empty();
            const std::string result =
                toStd(service(session)->analyse(doc, toOU(optionsJson(g, fy, 0.02, file, write))));
            if (!output.empty()) session.storeTo(doc, output, force);
            if (!pdf.empty()) session.storeTo(doc, pdf, force);
            if (format == "json")
                out << result << "\n";
            else
                TextReport(out, false).analysis(file, json::parse(result));
        },
        [&](const std::string &file, const std::string &why) {
            rc = kUsage;
            err << "ita: " << file << ": " << why << "\n";
        },
        !output.empty() || !pdf.empty());
    session.stop();
    out.flush();
    if (office::interrupted()) {
        err << "ita: interrupted\n";
        return 128 + office::interrupted();
    }
    return rc;
}

// The shipped templates by short name, or a template file of the clerk's.
bool isShippedTemplate(const std::string &t) {
    for (const char *name : {"memo", "analysis", "measures", "report", "plan"})
        if (t == name) return true;
    return false;
}

std::string extensionOf(const std::string &path) {
    std::string e = fs::path(path).extension().string();
    for (char &c : e)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return e.empty() ? e : e.substr(1);
}

int cmdFill(const Global &g, const std::vector<std::string> &args, std::ostream &out, std::ostream &err) {
    po::options_description opts(
        "ita fill --template T --data SHEET --out FILE [options]\n\n"
        "Fills an official document from a score-sheet workbook. T is memo, analysis, measures,\n"
        "report or plan (the shipped templates) or an .odt/.ott/.docx/.dotx template of your own\n"
        "(docs/fill-language.md). FILE ends in .odt, .docx or .pdf and must be new (or --force).\n"
        "The sheet is validated first: with errors nothing is written unless --allow-errors.\n\noptions");
    std::string templ, data, output, date, letter, format = "text";
    std::vector<std::string> sets, files;
    int year = 0;
    bool force = false, allowErrors = false, arabic = false;
    opts.add_options()("help,h", "this help")("template,t", po::value(&templ),
                                              "memo|analysis|measures|report|plan or a file")(
        "data,d", po::value(&data), "the score-sheet workbook (.ods .xlsx .xls) or a report")(
        "out,o", po::value(&output), "the document to write: .odt, .docx or .pdf")(
        "set", po::value(&sets)->composing(),
        "FIELD=VALUE: a field's value instead of the sheet's (repeatable)")(
        "date", po::value(&date), "the memo's date, YYYY-MM-DD (default: today)")(
        "letter-number", po::value(&letter), "the letter number of the memo (the part after the slash)")(
        "arabic-digits", po::bool_switch(&arabic), "Arabic instead of Thai digits")(
        "fiscal-year", po::value(&year), "fiscal year (BE) to use instead of the stated one")(
        "allow-errors", po::bool_switch(&allowErrors), "fill even when the sheet has validation errors")(
        "force", po::bool_switch(&force),
        "replace FILE if it exists")("format", po::value(&format)->default_value("text"), "text or json");
    po::variables_map vm;
    if (!parseCommand(args, g.operands, opts, files, vm, out)) return kOk;
    if (!files.empty()) throw po::error("unexpected argument " + files.front() + " (use --data, --out)");
    if (templ.empty() || data.empty() || output.empty())
        throw po::error("fill needs --template, --data and --out");
    if (format != "text" && format != "json") throw po::error("--format must be text or json");
    const std::string outExt = extensionOf(output);
    if (outExt != "odt" && outExt != "docx" && outExt != "pdf")
        throw po::error("--out must end in .odt, .docx or .pdf: " + output);
    if (!isShippedTemplate(templ)) {
        try {
            office::checkReadable(templ);
        } catch (const std::exception &e) {
            throw po::error("--template " + templ + ": " + e.what());
        }
        templ = fs::absolute(templ).string();
    }
    for (const std::string &input : {data, templ})
        if (fs::exists(input) && fs::exists(output) && fs::equivalent(input, output))
            throw po::error("the output must be a new file, not " + input);
    try {
        office::checkNewOutput(output, force);
    } catch (const std::runtime_error &e) {
        throw po::error(e.what());
    }
    json::object setObj;
    for (const std::string &kv : sets) {
        const auto eq = kv.find('=');
        if (eq == std::string::npos || eq == 0) throw po::error("--set takes FIELD=VALUE: " + kv);
        setObj[kv.substr(0, eq)] = kv.substr(eq + 1);
    }

    office::installSignalHandlers(office::OnSignal::Interrupt);
    office::Session session(office::defaultPaths(), g.connect);
    int rc = kOk;
    forEachDocument(
        session, {data},
        [&](const std::string &file, const Reference<css::lang::XComponent> &doc) {
            json::object o =
                json::parse(optionsJson(g, vm.count("fiscal-year") ? std::optional<int>(year) : std::nullopt,
                                        0.02, file, false))
                    .as_object();
            o["template"] = templ;
            const fs::path staged = session.stagingPath("filled");
            o["output"] = staged.string();
            if (!date.empty()) o["date"] = date;
            if (!letter.empty()) o["letter_number"] = letter;
            o["thai_digits"] = !arabic;
            o["allow_errors"] = allowErrors;
            o["set"] = setObj;
            json::value result = json::parse(toStd(service(session)->fill(doc, toOU(json::serialize(o)))));
            const json::value &validation = result.at("validation");
            if (!result.at("written").as_bool()) {
                rc = kFindings;
                TextReport(err, false).file(validation);
                err << "ita: " << file << " has errors: nothing was filled (correct the sheet, or pass "
                    << "--allow-errors)\n";
                return;
            }
            const std::string native = std::string(result.at("format").as_string());
            const fs::path filled = staged.string() + "." + native;
            fs::rename(staged, filled);
            if (native == outExt) {
                office::publishFile(filled.string(), output, force);
            } else {
                // another format than the template's: the office converts
                const Reference<css::lang::XComponent> converted = session.load(filled.string());
                try {
                    session.storeTo(converted, output, force);
                } catch (...) {
                    office::Session::close(converted);
                    throw;
                }
                office::Session::close(converted);
            }
            fs::remove(filled);
            result.as_object()["output"] = fs::absolute(output).string();
            if (format == "json")
                out << json::serialize(result) << "\n";
            else
                out << output << ": "
                    << (isShippedTemplate(templ) ? templ : fs::path(templ).filename().string())
                    << " filled from " << file << "\n";
        },
        [&](const std::string &file, const std::string &why) {
            rc = kUsage;
            err << "ita: " << file << ": " << why << "\n";
        });
    session.stop();
    if (office::interrupted()) return 128 + office::interrupted();
    return rc;
}

int cmdFrameworks(const Global &g, const std::vector<std::string> &args, std::ostream &out) {
    po::options_description opts("ita frameworks\n\nLists the fiscal-year frameworks (built-in, user folder, "
                                 "--frameworks).\n\noptions");
    opts.add_options()("help,h", "this help");
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(opts).run(), vm);
    if (vm.count("help")) {
        out << opts << "\n";
        return kOk;
    }
    office::installSignalHandlers(office::OnSignal::Interrupt);
    office::Session session(office::defaultPaths(), g.connect);
    session.start();
    auto tools = service(session);
    json::object o;
    if (!g.frameworks.empty()) o["frameworks"] = fs::absolute(g.frameworks).string();
    const std::string result = toStd(tools->frameworks(toOU(json::serialize(o))));
    session.stop();
    const json::value v = json::parse(result);
    out << "fiscal years:";
    for (const auto &y : v.at("years").as_array())
        out << " " << y.as_int64();
    out << "\n";
    for (const auto &d : v.at("dirs").as_array())
        out << "folder: " << d.as_string().c_str() << "\n";
    int rc = kOk;
    for (const auto &e : v.at("errors").as_array()) {
        out << "error: " << e.as_string().c_str() << "\n";
        rc = kUsage;
    }
    return rc;
}

} // namespace

int run(int argc, char **argv, std::ostream &out, std::ostream &err) {
    Global g;
    std::string command;
    po::options_description global("global options");
    global.add_options()("help,h", po::bool_switch(&g.help))("version", po::bool_switch(&g.version))(
        "connect", po::value(&g.connect))("frameworks", po::value(&g.frameworks))(
        "command", po::value(&command))("args", po::value<std::vector<std::string>>());
    po::positional_options_description pos;
    pos.add("command", 1).add("args", -1);
    // "--" ends the options: what follows are file names, "-name.ods" included.
    std::vector<std::string> words(argv + 1, argv + argc);
    const auto dashes = std::find(words.begin(), words.end(), "--");
    if (dashes != words.end()) {
        g.operands.assign(dashes + 1, words.end());
        words.erase(dashes, words.end());
    }
    po::parsed_options parsed =
        po::command_line_parser(words).options(global).positional(pos).allow_unregistered().run();
    po::variables_map vm;
    po::store(parsed, vm);
    po::notify(vm);
    std::vector<std::string> rest = po::collect_unrecognized(parsed.options, po::include_positional);
    if (!rest.empty() && rest.front() == command) rest.erase(rest.begin());
    if (g.version) {
        out << "ita " << ITA_VERSION << "\n";
        return kOk;
    }
    if (command.empty()) {
        (g.help ? out : err) << kUsageText;
        return g.help ? kOk : kUsage;
    }
    if (g.help) rest.push_back("--help");
    if (!g.frameworks.empty() && !fs::is_directory(g.frameworks))
        throw po::error("--frameworks: not a folder: " + g.frameworks);
    try {
        if (command == "validate") return cmdValidate(g, rest, out, err);
        if (command == "analyse" || command == "analyze") return cmdAnalyse(g, rest, out, err);
        if (command == "frameworks") return cmdFrameworks(g, rest, out);
        if (command == "fill") return cmdFill(g, rest, out, err);
    } catch (const css::uno::Exception &e) {
        if (office::interrupted()) return 128 + office::interrupted();
        err << "ita: " << toStd(e.Message) << "\n";
        return kUsage;
    }
    err << "ita: unknown command '" << command << "'\n" << kUsageText;
    return kUsage;
}

} // namespace ita::cli
