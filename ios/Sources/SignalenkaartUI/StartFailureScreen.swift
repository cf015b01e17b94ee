import SignalenkaartCore
import SwiftUI

/// What the app shows when the core cannot start, in the core's words: what happened,
/// a retry where one can help, and the technical text for a report.
public struct StartFailureScreen: View {
    private let failure: StartFailureView
    private let retry: @MainActor () -> Void

    /// Shows `failure`; its retry button calls `retry`.
    public init(failure: StartFailureView, retry: @escaping @MainActor () -> Void) {
        self.failure = failure
        self.retry = retry
    }

    public var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(failure.title)
                    .font(.title2.weight(.bold))
                    .accessibilityAddTraits(.isHeader)
                Text(failure.text)
                if let label = failure.retry {
                    SwiftUI.Button {
                        retry()
                    } label: {
                        Text(label)
                            .frame(maxWidth: .infinity, minHeight: 44)
                    }
                    .buttonStyle(ActionButtonStyle(style: .primary))
                }
                VStack(alignment: .leading, spacing: 4) {
                    Text(failure.detailLabel)
                        .font(.footnote.weight(.semibold))
                    Text(failure.detail)
                        .font(.footnote.monospaced())
                        .textSelection(.enabled)
                }
                .foregroundStyle(.secondary)
            }
            .padding(24)
            .frame(maxWidth: .infinity, alignment: .leading)
        }
    }
}
