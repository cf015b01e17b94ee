import SignalenkaartCore

/// The screen of a view, as the tests read it: `nil` when it is another screen.
extension ViewModel {
    public var pinPad: PinView? {
        if case .pin(let view) = screen { return view }
        return nil
    }

    public var signals: SignalsView? {
        if case .signals(let view) = screen { return view }
        return nil
    }

    public var cases: CasesView? {
        if case .cases(let view) = screen { return view }
        return nil
    }

    public var label: LabelView? {
        if case .label(let view) = screen { return view }
        return nil
    }

    public var caseView: CaseView? {
        if case .case(let view) = screen { return view }
        return nil
    }

    public var settings: SettingsView? {
        if case .settings(let view) = screen { return view }
        return nil
    }

    public var neutral: MessageView? {
        if case .neutral(let view) = screen { return view }
        return nil
    }

    public var isNeutral: Bool { neutral != nil }
}
