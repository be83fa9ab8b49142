// Reading sheets: a stray entry far below the table must not make a submission
// cost millions of cells, nor hide the findings of the real table.
#include "calc_test_docs.hpp"

#include <chrono>

using namespace ita::test;

TEST(CalcReader, StrayCellFarBelowDoesNotBlowUpTheRead) {
    // FY2564 scores whose total is 80.52: 0.06*426.5 + 0.10*232.9 + 0.20*158.2 = 25.59 + 23.29 + 31.64
    // (stated 80.78: wrong)
    auto doc =
        newCalcDoc("stray.ods", "คะแนน",
                   scoreSheet("2564", {"90", "85", "80", "86.5", "85", "78.4", "75.5", "79", "80", "78.2"},
                              "80.78", "B"));
    ita::test::sheet(doc, "คะแนน")->getCellByPosition(3, 899999)->setValue(1);
    const auto t0 = std::chrono::steady_clock::now();
    const auto report = parse(tools()->validate(doc, "{}"));
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("validate with a stray cell at row 900000: %.0f ms\n", ms); // figure, not an assertion
    std::vector<std::string> codes;
    for (const auto &f : report.at("findings").as_array())
        codes.emplace_back(f.at("code").as_string().c_str());
    ASSERT_EQ(codes, std::vector<std::string>{"ITA006"}) << boost::json::serialize(report);
    closeDoc(doc);
}
