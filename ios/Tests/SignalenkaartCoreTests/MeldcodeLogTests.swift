import Foundation
import XCTest
import SignalenkaartCore
import SignalenkaartTestSupport

/// The meldcode as a log, the case's one next step with the acute path, and a note's
/// kind, as the SwiftUI screens receive them from the real core.
final class MeldcodeLogTests: XCTestCase {
    /// A vault and a new case "gezin B.", open on its screen.
    private func caseScreen(_ shell: Shell) throws -> CaseView {
        // A set-up that goes wrong fails the test (XCTUnwrap throws a failure, never a skip).
        let cases = try XCTUnwrap(shell.createVault().cases, "the cases after the PIN")
        let label = try XCTUnwrap(shell.send(cases.newCase.event).view.label, "the label editor")
        shell.send(.edit(field: label.field.id, text: "gezin B."))
        return try XCTUnwrap(shell.send(label.submit.event).view.caseView, "the new case")
    }

    func testStepTwoLogsWhomWasConsultedAndTheAdviceInOneLine() throws {
        let shell = try Shell()
        let opened = try caseScreen(shell)
        guard case .meldcode(let meldcode) = shell.send(opened.sections[1].event).view.screen else {
            return XCTFail("no steps")
        }
        let consulted = try XCTUnwrap(meldcode.steps[1].experts[0].consulted)
        shell.send(consulted.event)
        guard case .meldcode(let ticked) = shell.view.screen,
              let editAdvice = ticked.steps[1].editAdvice
        else { return XCTFail("no advice offered at step 2") }
        XCTAssertNil(ticked.steps[0].editAdvice, "step 1 names no one to consult")
        guard case .label(let editor) = shell.send(editAdvice.event).view.screen else {
            return XCTFail("no advice editor")
        }
        XCTAssertEqual(editor.field.id, .advice)
        XCTAssertTrue(editor.field.sensitive, "the advice is the user's own text")
        shell.send(.edit(field: .advice, text: "eerst de huisarts bellen"))
        guard case .meldcode(let logged) = shell.send(editor.submit.event).view.screen else {
            return XCTFail("back on the steps")
        }
        XCTAssertEqual(logged.steps[1].log.count, 2, "\(logged.steps[1].log)")
        XCTAssertEqual(logged.steps[1].log.last, "Advies: eerst de huisarts bellen")
        XCTAssertTrue(logged.steps[1].log[0].hasPrefix("Geraadpleegd: "), logged.steps[1].log[0])
    }

    func testAcuteUnsafetyLeadsTheCaseAndItsFirstCallDials112() throws {
        let shell = try Shell()
        let opened = try caseScreen(shell)
        XCTAssertNil(opened.acute)
        XCTAssertNotNil(opened.nextStep)
        shell.send(opened.sections[2].event)
        for question in 0..<2 {
            guard case .afwegingskader(let kader) = shell.view.screen,
                  let yes = kader.questions[question].choices?.options.first
            else { return XCTFail("no question \(question + 1)") }
            shell.send(yes.event)
        }
        guard case .case(let view) = shell.send(.back).view.screen else {
            return XCTFail("back on the case")
        }
        let acute = try XCTUnwrap(view.acute)
        XCTAssertEqual(acute.text, "Acute onveiligheid: bel 112 · Veilig Thuis 0800 2000")
        XCTAssertEqual(shell.send(acute.calls[0].event).effects, [.dial(telUri: "tel:112")])
        XCTAssertNil(view.reportCall, "the acute line holds the call to Veilig Thuis")
        XCTAssertTrue(view.nextStep?.hasPrefix("Stap 5: ") == true, "\(String(describing: view.nextStep))")
    }

    func testANoteSaysWhichKindItIs() throws {
        let shell = try Shell()
        let opened = try caseScreen(shell)
        guard case .noteEditor(let editor) = shell.send(opened.newNote.event).view.screen else {
            return XCTFail("no note editor")
        }
        XCTAssertEqual(editor.kind.options.filter(\.selected).map(\.label), ["Niet aangegeven"])
        let observation = try XCTUnwrap(editor.kind.options.first { $0.label == "Waarneming" })
        guard case .noteEditor(let chosen) = shell.send(observation.event).view.screen else {
            return XCTFail("still the note editor")
        }
        XCTAssertEqual(chosen.kind.options.filter(\.selected).map(\.label), ["Waarneming"])
    }
}
