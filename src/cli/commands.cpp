#include "cli/commands.hpp"

#include "cli/output_names.hpp"
#include "cli/pool.hpp"
#include "cli/progress.hpp"
#include "cli/summary_report.hpp"
#include "cli/text_report.hpp"
#include "office/document_names.hxx"
#include "office/office_session.hxx"
#include "office/safe_output.hxx"
#include "uno/common/uno_strings.hxx"

#include <boost/json.hpp>
#include <boost/program_options.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <org/itatools/XDocumentTools.hpp>
#include <org/itatools/XFileTools.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
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
    // one instance per office; a restarted office makes a new one
    return session.instanceAs<org::itatools::XDocumentTools>("org.itatools.DocumentTools");
}

Reference<org::itatools::XFileTools> fileTools(office::Session &session) {
    try {
        return session.instanceAs<org::itatools::XFileTools>("org.itatools.DocumentTools");
    } catch (const css::uno::RuntimeException &) {
        if (!session.alive()) throw;
        // an office the user started (--connect) with an ITA Tools older than this ita
        throw std::runtime_error("the office's ITA Tools extension is older than this ita (it has no "
                                 "org.itatools.XFileTools): install this version's ita-tools.oxt in it");
    }
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

// The pool of a command that works on one file at a time (analyse, a single fill).
PoolOptions oneOffice(const Global &g) {
    PoolOptions opt;
    opt.paths = office::defaultPaths();
    opt.connect = g.connect;
    opt.jobs = 1;
    return opt;
}

// Runs fn on each file with one office (analyse, fill): see runPool.
template <class Fn>
void forEachDocument(const Global &g, const std::vector<std::string> &files, Fn fn,
                     const std::function<void(const std::string &, const std::string &)> &unreadable,
                     bool editable = false) {
    PoolOptions opt = oneOffice(g);
    opt.editable = editable;
    runPool(
        opt, files,
        [&](office::Session &session, size_t, const std::string &file,
            const Reference<css::lang::XComponent> &doc) { fn(session, file, doc); },
        [&](size_t, const std::string &file, const std::string &why) { unreadable(file, why); });
}

// The documents `validate` takes from a folder.
bool isDocumentName(const fs::path &p) {
    const std::string ext = office::extensionOf(p.string());
    for (const char *e : {"ods", "xlsx", "xls", "csv", "odt", "docx", "doc"})
        if (ext == e) return true;
    return false;
}

// Folders become their documents, sorted by path (a stable order whatever the
// file system lists first); hidden files (lock files, our own .part files) are
// left out. Files named on the command line are kept as given.
std::vector<std::string> expandInputs(const std::vector<std::string> &inputs, bool recursive,
                                      std::ostream &err) {
    std::vector<std::string> out;
    for (const std::string &in : inputs) {
        std::error_code ec;
        if (!fs::is_directory(in, ec)) {
            out.push_back(in);
            continue;
        }
        std::vector<std::string> found;
        auto take = [&](const fs::directory_entry &e) {
            const std::string name = e.path().filename().string();
            if (!name.empty() && name[0] != '.' && isDocumentName(e.path()) && !e.is_directory(ec))
                found.push_back(e.path().string());
        };
        if (recursive) {
            for (auto it =
                     fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_directory(ec) && it->path().filename().string().rfind(".", 0) == 0)
                    it.disable_recursion_pending();
                else
                    take(*it);
            }
        } else {
            for (const auto &e :
                 fs::directory_iterator(in, fs::directory_options::skip_permission_denied, ec))
                take(e);
        }
        if (ec) err << "ita: " << in << ": " << ec.message() << "\n";
        std::sort(found.begin(), found.end());
        if (found.empty()) {
            // kept as an input: it gets its own row ("is a folder, not a file"), not silence
            err << "ita: " << in << ": no documents in this folder\n";
            out.push_back(in);
        }
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
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
json::value notChecked(const std::string &file) {
    json::object o;
    o["path"] = file;
    o["status"] = "not_checked";
    o["interrupted"] = true;
    return o;
}

// Writes the summary workbook with an office of its own: the flat ODF text is
// loaded and stored in the format the name asks for, then published.
void writeSummary(const Global &g, const std::vector<json::value> &results, const std::string &target,
                  bool force, msg::Lang lang) {
    office::Session session(office::defaultPaths(), g.connect);
    session.start();
    const std::string fods = session.stagingPath("summary.fods");
    std::ofstream(fods, std::ios::binary) << summaryFods(results, lang);
    const Reference<css::lang::XComponent> doc = session.load(fods);
    try {
        // The header rows stay in view: a frozen pane is a view setting, which a
        // flat file's settings do not carry into a hidden load; set on the view.
        Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
        Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), css::uno::UNO_QUERY);
        Reference<css::sheet::XViewFreezable> freeze(view, css::uno::UNO_QUERY);
        if (view.is() && freeze.is()) {
            // The office writes view settings only for a visible frame; in a
            // headless office "visible" shows nothing.
            Reference<css::frame::XController> controller = model->getCurrentController();
            if (controller->getFrame().is() && controller->getFrame()->getContainerWindow().is())
                controller->getFrame()->getContainerWindow()->setVisible(true);
            Reference<css::container::XIndexAccess> sheets(
                Reference<css::sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets(),
                UNO_QUERY_THROW);
            for (sal_Int32 k = sheets->getCount() - 1; k >= 0; --k) {
                view->setActiveSheet(
                    Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(k), UNO_QUERY_THROW));
                freeze->freezeAtPosition(0, 1);
            }
        }
        session.storeTo(doc, target, force);
    } catch (...) {
        office::Session::close(doc);
        throw;
    }
    office::Session::close(doc);
    session.stop();
}

int cmdValidate(const Global &g, const std::vector<std::string> &args, std::ostream &out, std::ostream &err) {
    po::options_description opts(
        "ita validate FILE|FOLDER... [options]\n\n"
        "Checks each file with the rules of its fiscal year and prints the findings. A folder\n"
        "stands for its .ods .xlsx .xls .csv .odt .docx .doc files (sorted; sub-folders with\n"
        "--recursive). The files are opened read-only and never changed.\n\noptions");
    std::string format = "text", lang = "th", markedDir, report;
    int year = 0, jobs = defaultJobs();
    double tolerance = 0.02, timeout = 120;
    bool force = false, recursive = false;
    std::vector<std::string> files;
    opts.add_options()("help,h", "this help")("format", po::value(&format)->default_value("text"),
                                              "text or json")("lang", po::value(&lang)->default_value("th"),
                                                              "messages in th or en (text format)")(
        "fiscal-year", po::value(&year), "fiscal year (BE) to use instead of the stated one")(
        "tolerance", po::value(&tolerance)->default_value(0.02), "allowed difference of a stated total")(
        "marked-copies", po::value(&markedDir),
        "write into DIR a copy of each file with the findings marked (comments, outlines and the report "
        "sheet, as the menu does) as NAME-marked.ods and NAME-marked.pdf; the inputs are never changed")(
        "recursive,r", po::bool_switch(&recursive), "take the documents of sub-folders too")(
        "report", po::value(&report),
        "write a summary workbook (.ods, .xlsx or .csv; a new file): one row per file, and every finding")(
        "jobs,j", po::value(&jobs)->default_value(defaultJobs()), "offices working in parallel")(
        "timeout", po::value(&timeout)->default_value(120),
        "seconds a file may take before its office is stopped (the file is then unreadable)")(
        "force", po::bool_switch(&force), "replace marked copies or a report that exist already");
    po::variables_map vm;
    if (!parseCommand(args, g.operands, opts, files, vm, out)) return kOk;
    if (format != "text" && format != "json") throw po::error("--format must be text or json");
    if (lang != "th" && lang != "en") throw po::error("--lang must be th or en");
    if (files.empty()) throw po::error("validate needs at least one FILE");
    if (tolerance < 0) throw po::error("--tolerance must not be negative");
    if (jobs < 1) throw po::error("--jobs must be at least 1");
    if (timeout <= 0) throw po::error("--timeout must be positive");
    files = expandInputs(files, recursive, err);
    if (files.empty()) throw po::error("no documents to validate");
    if (!report.empty()) {
        const std::string ext = office::extensionOf(report);
        if (ext != "ods" && ext != "xlsx" && ext != "csv")
            throw po::error("--report must end in .ods, .xlsx or .csv: " + report);
        for (const std::string &f : files)
            if (fs::exists(f) && fs::exists(report) && fs::equivalent(f, report))
                throw po::error("the report must be a new file, not the input " + f);
        try {
            office::checkNewOutput(report, force);
        } catch (const std::runtime_error &e) {
            throw po::error(e.what());
        }
    }
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
    PoolOptions pool;
    pool.paths = office::defaultPaths();
    pool.connect = g.connect;
    pool.jobs = jobs;
    pool.timeoutS = timeout;
    pool.editable = !markedDir.empty();
    pool.readOnlyModel = markedDir.empty(); // only the cells are read: no window, no view

    // Stored by input index: the output never depends on which office was faster.
    std::vector<json::value> results(files.size());
    std::vector<std::string> texts(files.size()); // the service's own JSON text, printed as it came
    std::vector<std::string> copyErrors(files.size());
    Progress progress(err, files.size(), ::isatty(2));
    // Text is printed as soon as a file and all before it are done (in input
    // order); JSON at the end, as one array.
    TextReport text(out, lang == "en");
    std::mutex printLock;
    std::vector<char> ready(files.size(), 0);
    size_t printed = 0;
    auto emitReady = [&](size_t i) {
        std::lock_guard<std::mutex> lock(printLock);
        ready[i] = 1;
        if (format == "json") return;
        for (; printed < files.size() && ready[printed]; ++printed) {
            if (summaryStatus(results[printed]) == "unreadable")
                text.unreadable(files[printed], std::string(results[printed].at("error").as_string()));
            else
                text.file(results[printed]);
        }
        out.flush();
    };
    // A file's report, stored by input index (a marked copy's failure added to it).
    auto record = [&](size_t i, const std::string &result, const std::string &copyError) {
        json::value v = json::parse(result);
        if (!copyError.empty()) v.as_object()["marked_copy_error"] = copyError; // the findings stand
        copyErrors[i] = copyError;
        texts[i] = copyError.empty() ? result : json::serialize(v);
        results[i] = std::move(v);
        emitReady(i);
    };
    auto unreadable = [&](size_t i, const std::string &file, const std::string &why) {
        json::object o;
        o["path"] = file;
        o["status"] = "unreadable";
        o["error"] = why;
        texts[i] = json::serialize(o);
        results[i] = std::move(o);
        emitReady(i);
    };
    const std::vector<bool> done =
        markedDir.empty()
            // Only read: the office opens, validates and closes each file in one call
            // (fewer waits for the office: what lets two offices run twice as fast).
            ? runPoolOnFiles(
                  pool, files,
                  [&](office::Session &session, size_t i, const std::string &file,
                      const std::string &source) {
                      record(i,
                             toStd(fileTools(session)->validateFile(
                                 toOU(office::fileUrl(source)),
                                 toOU(optionsJson(g, fy, tolerance, file, false)))),
                             {});
                  },
                  unreadable, &progress)
            : runPool(
                  pool, files,
                  [&](office::Session &session, size_t i, const std::string &file,
                      const Reference<css::lang::XComponent> &doc) {
                      // fetched per file: after an office restart the old reference is dead
                      const bool mark = kCalcInputs.count(fs::path(file).extension().string()) > 0;
                      const std::string result = toStd(service(session)->validate(
                          doc, toOU(optionsJson(g, fy, tolerance, file, false, mark))));
                      std::string copyError;
                      if (mark) {
                          // The document was opened from a private copy; the marks live only in
                          // memory until stored here, under a name of this input's own.
                          const fs::path stem = fs::path(markedDir) / markedStems[i];
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
                      record(i, result, copyError);
                  },
                  unreadable, &progress);

    int rc = kOk;
    size_t notDone = 0;
    std::vector<std::string> reports;
    for (size_t i = 0; i < files.size(); ++i) {
        if (!done[i]) {
            ++notDone;
            results[i] = notChecked(files[i]);
            texts[i] = json::serialize(results[i]);
        } else if (summaryStatus(results[i]) == "unreadable") {
            rc = kUsage;
        } else {
            if (results[i].at("counts").at("errors").as_int64() > 0) rc = std::max(rc, kFindings);
            if (!copyErrors[i].empty()) {
                rc = kUsage;
                err << "ita: " << files[i] << ": the marked copy was not written: " << copyErrors[i] << "\n";
            }
        }
        if (format == "json")
            reports.push_back(texts[i]);
        else if (i >= printed && done[i] && summaryStatus(results[i]) == "unreadable")
            text.unreadable(files[i], std::string(results[i].at("error").as_string()));
        else if (i >= printed && done[i])
            text.file(results[i]);
    }
    if (notDone) err << "ita: interrupted: " << notDone << " of " << files.size() << " file(s) not checked\n";
    if (!report.empty() && !office::interrupted()) {
        try {
            writeSummary(g, results, report, force, lang == "en" ? msg::Lang::En : msg::Lang::Th);
            err << "ita: summary written to " << report << "\n";
        } catch (const std::exception &e) {
            rc = kUsage;
            err << "ita: the summary " << report << " was not written: " << e.what() << "\n";
        } catch (const css::uno::Exception &e) {
            rc = kUsage;
            err << "ita: the summary " << report << " was not written: " << toStd(e.Message) << "\n";
        }
    }
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
    int rc = kOk;
    forEachDocument(
        g, files,
        [&](office::Session &session, const std::string &file, const Reference<css::lang::XComponent> &doc) {
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

int cmdFill(const Global &g, const std::vector<std::string> &args, std::ostream &out, std::ostream &err) {
    po::options_description opts(
        "ita fill --template T --data SHEET --out FILE [options]\n"
        "ita fill --template T --data DIR|SHEET... --out DIR [--format odt|docx|pdf] [options]\n\n"
        "Fills an official document from a score-sheet workbook. T is memo, analysis, measures,\n"
        "report or plan (the shipped templates) or an .odt/.ott/.docx/.dotx template of your own\n"
        "(docs/fill-language.md). FILE ends in .odt, .docx or .pdf and must be new (or --force).\n"
        "The sheet is validated first: with errors nothing is written unless --allow-errors.\n"
        "With several sheets or a folder, --out is a folder: one document per sheet, named\n"
        "after its agency and the template; a sheet that cannot be read or has errors is\n"
        "skipped and reported, the others are made. With one sheet and --format, --out is an\n"
        "existing folder or a FILE ending in that format.\n\noptions");
    std::string templ, output, date, letter, format = "text";
    std::vector<std::string> datas, sets, files;
    int jobs = defaultJobs();
    double timeout = 120;
    int year = 0;
    bool force = false, allowErrors = false, arabic = false;
    opts.add_options()("help,h", "this help")("template,t", po::value(&templ),
                                              "memo|analysis|measures|report|plan or a file")(
        "data,d", po::value(&datas)->multitoken(),
        "the score-sheet workbook (.ods .xlsx .xls) or a report; several, or folders, for a batch")(
        "out,o", po::value(&output), "the document to write: .odt, .docx or .pdf")(
        "set", po::value(&sets)->composing(),
        "FIELD=VALUE: a field's value instead of the sheet's (repeatable)")(
        "date", po::value(&date), "the memo's date, YYYY-MM-DD (default: today)")(
        "letter-number", po::value(&letter), "the letter number of the memo (the part after the slash)")(
        "arabic-digits", po::bool_switch(&arabic), "Arabic instead of Thai digits")(
        "fiscal-year", po::value(&year), "fiscal year (BE) to use instead of the stated one")(
        "allow-errors", po::bool_switch(&allowErrors), "fill even when the sheet has validation errors")(
        "force", po::bool_switch(&force), "replace FILE if it exists")(
        "format", po::value(&format)->default_value("text"),
        "text or json; for a batch also the documents' format: odt, docx or pdf")(
        "jobs,j", po::value(&jobs)->default_value(defaultJobs()), "offices working in parallel (a batch)")(
        "timeout", po::value(&timeout)->default_value(120), "seconds a sheet may take (a batch)");
    po::variables_map vm;
    if (!parseCommand(args, g.operands, opts, files, vm, out)) return kOk;
    if (!files.empty()) throw po::error("unexpected argument " + files.front() + " (use --data, --out)");
    if (templ.empty() || datas.empty() || output.empty())
        throw po::error("fill needs --template, --data and --out");
    const bool documentFormat = format == "odt" || format == "docx" || format == "pdf";
    const bool oneSheet = datas.size() == 1 && !fs::is_directory(datas[0]);
    if (oneSheet && documentFormat && !fs::is_directory(output)) {
        // One sheet and --format: --out is an existing folder (a batch of one) or the document
        // itself, never a new folder named "x.pdf" or "x" with the document inside.
        const std::string ext = office::extensionOf(output);
        if (ext == "odt" || ext == "docx" || ext == "pdf") {
            if (ext != format)
                throw po::error("--out " + output + " does not end in ." + format + " (--format " + format +
                                ")");
            format = "text"; // the document's format is the name's: a single fill
        } else {
            throw po::error("--out " + output +
                            " is not a folder: give an existing folder, or a file name ending in ." + format);
        }
    }
    const bool batch = !oneSheet || fs::is_directory(output);
    if (batch) {
        if (format != "text" && format != "json" && format != "odt" && format != "docx" && format != "pdf")
            throw po::error("--format must be text, json, odt, docx or pdf");
        if (jobs < 1) throw po::error("--jobs must be at least 1");
        if (timeout <= 0) throw po::error("--timeout must be positive");
    } else if (format != "text" && format != "json")
        throw po::error("--format must be text or json");
    const std::string data = datas[0];
    const std::string outExt = batch ? (format == "docx" || format == "pdf" ? format : std::string("odt"))
                                     : office::extensionOf(output);
    if (!batch && outExt != "odt" && outExt != "docx" && outExt != "pdf")
        throw po::error("--out must end in .odt, .docx or .pdf: " + output);
    if (!isShippedTemplate(templ)) {
        try {
            office::checkReadable(templ);
        } catch (const std::exception &e) {
            throw po::error("--template " + templ + ": " + e.what());
        }
        templ = fs::absolute(templ).string();
    }
    if (!batch) {
        for (const std::string &input : {data, templ})
            if (fs::exists(input) && fs::exists(output) && fs::equivalent(input, output))
                throw po::error("the output must be a new file, not " + input);
        try {
            office::checkNewOutput(output, force);
        } catch (const std::runtime_error &e) {
            throw po::error(e.what());
        }
    } else {
        std::error_code ec;
        if (fs::exists(output) && !fs::is_directory(output))
            throw po::error("--out must be a folder: " + output);
        fs::create_directories(output, ec);
        if (ec || ::access(output.c_str(), W_OK | X_OK) != 0)
            throw po::error("--out: the folder " + output + " cannot be written");
    }
    json::object setObj;
    for (const std::string &kv : sets) {
        const auto eq = kv.find('=');
        if (eq == std::string::npos || eq == 0) throw po::error("--set takes FIELD=VALUE: " + kv);
        setObj[kv.substr(0, eq)] = kv.substr(eq + 1);
    }

    const std::optional<int> fy = vm.count("fiscal-year") ? std::optional<int>(year) : std::nullopt;
    auto fillOptions = [&](const std::string &file, const std::string &staged, const std::string &outFormat) {
        json::object o = json::parse(optionsJson(g, fy, 0.02, file, false)).as_object();
        o["template"] = templ;
        o["output"] = staged;
        o["format"] = outFormat;
        if (!date.empty()) o["date"] = date;
        if (!letter.empty()) o["letter_number"] = letter;
        o["thai_digits"] = !arabic;
        o["allow_errors"] = allowErrors;
        o["set"] = setObj;
        return json::serialize(o);
    };
    office::installSignalHandlers(office::OnSignal::Interrupt);
    if (batch) {
        std::vector<std::string> sheets = expandInputs(datas, false, err);
        if (sheets.empty()) throw po::error("no sheets to fill from");
        const std::string templName = isShippedTemplate(templ) ? templ : fs::path(templ).stem().string();
        // Finished documents wait here (removed as a stale run if we are killed)
        // until all are made: their names depend on every sheet's agency, in input order.
        const office::SessionPaths paths = office::defaultPaths();
        const fs::path hold = fs::path(paths.workDir) / "runs" / (std::to_string(::getpid()) + "-fill");
        fs::create_directories(hold);
        struct Made {
            bool ok = false;
            std::string agency, staged, why;
            json::value result;
            int rc = kOk;
        };
        std::vector<Made> made(sheets.size());
        PoolOptions pool;
        pool.paths = paths;
        pool.connect = g.connect;
        pool.jobs = jobs;
        pool.timeoutS = timeout;
        pool.readOnlyModel = true; // the sheets are only read
        Progress progress(err, sheets.size(), ::isatty(2));
        const std::vector<bool> done = runPoolOnFiles(
            pool, sheets,
            [&](office::Session &session, size_t i, const std::string &file, const std::string &source) {
                // the office opens the sheet, fills, converts to outExt and closes, in one call
                const std::string staged = session.stagingPath("filled." + outExt);
                json::value result = json::parse(toStd(fileTools(session)->fillFile(
                    toOU(office::fileUrl(source)), toOU(fillOptions(file, staged, outExt)))));
                const json::value &validation = result.at("validation");
                if (const json::value *a = validation.as_object().if_contains("agency"); a && a->is_string())
                    made[i].agency = std::string(a->as_string());
                if (!result.at("written").as_bool()) {
                    made[i].rc = kFindings;
                    made[i].why = "has validation errors: nothing was filled (correct the data file, or pass "
                                  "--allow-errors)";
                    made[i].result = validation;
                    return;
                }
                const fs::path kept = hold / (std::to_string(i) + "." + outExt);
                fs::copy_file(staged, kept, fs::copy_options::overwrite_existing);
                fs::remove(staged);
                made[i].ok = true;
                made[i].staged = kept.string();
                made[i].result = std::move(result);
            },
            [&](size_t i, const std::string &, const std::string &why) {
                made[i].rc = kUsage;
                made[i].why = why;
            },
            &progress);
        std::vector<std::string> agencies;
        for (const Made &m : made)
            agencies.push_back(m.agency);
        const std::vector<std::string> names = filledDocumentNames(agencies, templName, "." + outExt);
        int rc = kOk;
        size_t written = 0;
        for (size_t i = 0; i < sheets.size(); ++i) {
            Made &m = made[i];
            if (!done[i]) continue;
            if (m.ok) {
                const fs::path target = fs::path(output) / names[i];
                try {
                    office::publishFile(m.staged, target.string(), force);
                    ++written;
                    m.result.as_object()["output"] = fs::absolute(target).string();
                    if (format == "json")
                        out << json::serialize(m.result) << "\n";
                    else
                        out << target.string() << ": " << templName << " filled from " << sheets[i] << "\n";
                } catch (const std::exception &e) {
                    rc = std::max(rc, int(kUsage));
                    err << "ita: " << sheets[i] << ": not written: " << e.what() << "\n";
                }
                continue;
            }
            rc = std::max(rc, m.rc);
            if (m.rc == kFindings) TextReport(err, false).file(m.result);
            err << "ita: " << sheets[i] << ": skipped: " << m.why << "\n";
        }
        std::error_code ec;
        fs::remove_all(hold, ec);
        size_t notDone = 0;
        for (bool d : done)
            notDone += d ? 0 : 1;
        if (notDone)
            err << "ita: interrupted: " << notDone << " of " << sheets.size() << " sheet(s) not filled\n";
        err << "ita: " << written << " of " << sheets.size() << " document(s) written to " << output << "\n";
        if (office::interrupted()) return 128 + office::interrupted();
        return rc;
    }
    int rc = kOk;
    PoolOptions pool = oneOffice(g);
    pool.timeoutS = timeout;
    runPoolOnFiles(
        pool, {data},
        [&](office::Session &session, size_t, const std::string &file, const std::string &source) {
            // the same call as a batch: the office opens the sheet, fills, converts, closes
            const std::string staged = session.stagingPath("filled." + outExt);
            json::value result = json::parse(toStd(fileTools(session)->fillFile(
                toOU(office::fileUrl(source)), toOU(fillOptions(file, staged, outExt)))));
            if (!result.at("written").as_bool()) {
                rc = kFindings;
                TextReport(err, false).file(result.at("validation"));
                err << "ita: " << file << " has errors: nothing was filled (correct the data file, or pass "
                    << "--allow-errors)\n";
                return;
            }
            office::publishFile(staged, output, force);
            std::error_code ec;
            fs::remove(staged, ec);
            result.as_object()["output"] = fs::absolute(output).string();
            if (format == "json")
                out << json::serialize(result) << "\n";
            else
                out << output << ": "
                    << (isShippedTemplate(templ) ? templ : fs::path(templ).filename().string())
                    << " filled from " << file << "\n";
        },
        [&](size_t, const std::string &file, const std::string &why) {
            rc = kUsage;
            err << "ita: " << file << ": " << why << "\n";
        });
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
