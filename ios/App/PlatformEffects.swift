import SignalenkaartCore
import SignalenkaartStore
import UIKit

/// Carries out the core's effects on iOS. Nothing else: what to do and when is the
/// core's decision.
@MainActor
final class PlatformEffects: EffectHandler {
    /// The app's one effect handler.
    static let shared = PlatformEffects()

    /// The name of the neutral icon in the asset catalog (discreet mode).
    private static let neutralIconName = "AppIconNeutral"

    private let pasteboard = PasteboardGuard()

    private init() {}

    func perform(_ effect: Effect, send: SendEvent) {
        switch effect {
        case .dial(let telUri):
            dial(telUri, send: send)
        case let .share(subject, text):
            share(subject: subject, text: text)
        case .locked:
            forgetSensitiveState()
        case .hideApp:
            // iOS has no "move to back": the core's view is already the neutral screen.
            // A Face ID / Touch ID prompt still on screen closes (its event ends as a
            // cancel): the next unlock is by PIN.
            KeychainBiometrics.shared.cancel()
        case .wiped:
            // The core destroyed the key and says with `setLauncherDiscreet` which icon
            // stays (discreet mode survives a wipe): only the screen is left to clear.
            forgetSensitiveState()
        case .setLauncherDiscreet(let discreet):
            setLauncherDiscreet(discreet)
        }
    }

    /// Opens the phone app's call prompt; the user still confirms the call there. An
    /// iPad or iPod without calling cannot open `tel:`: the core then shows the number
    /// to dial by hand.
    private func dial(_ telUri: String, send: SendEvent) {
        guard let url = URL(string: telUri) else {
            send(.dialFailed(telUri: telUri))
            return
        }
        UIApplication.shared.open(url) { opened in
            if !opened { send(.dialFailed(telUri: telUri)) }
        }
    }

    private func share(subject: String, text: String) {
        guard let presenter = topViewController() else { return }
        let sheet = UIActivityViewController(
            activityItems: [ShareText(subject: subject, text: text)],
            applicationActivities: nil
        )
        if let popover = sheet.popoverPresentationController {
            // iPad: a share sheet must hang off something; centre it without an arrow.
            popover.sourceView = presenter.view
            popover.sourceRect = CGRect(
                x: presenter.view.bounds.midX, y: presenter.view.bounds.midY, width: 0, height: 0
            )
            popover.permittedArrowDirections = []
        }
        presenter.present(sheet, animated: true)
    }

    /// After a lock: close everything presented over the app (the share sheet, and Mail,
    /// Messages or Files opened from it, still holding the summary), drop the keyboard
    /// (and with it any text being composed), and clear what was copied from the app.
    private func forgetSensitiveState() {
        rootViewController()?.dismiss(animated: false)
        UIApplication.shared.sendAction(
            #selector(UIResponder.resignFirstResponder), to: nil, from: nil, for: nil
        )
        pasteboard.clearIfChangedWhileActive()
    }

    private func setLauncherDiscreet(_ discreet: Bool) {
        let application = UIApplication.shared
        let name = discreet ? Self.neutralIconName : nil
        guard application.supportsAlternateIcons, application.alternateIconName != name else {
            return
        }
        application.setAlternateIconName(name) { _ in
            // On failure the previous icon stays; there is nothing the user could do.
        }
    }

    /// The app's own window's root (not the privacy cover's, which may be key).
    private func rootViewController() -> UIViewController? {
        UIApplication.shared.connectedScenes
            .compactMap { $0 as? UIWindowScene }
            .flatMap(\.windows)
            .first { $0.windowLevel == .normal }?
            .rootViewController
    }

    private func topViewController() -> UIViewController? {
        var top = rootViewController()
        while let presented = top?.presentedViewController {
            top = presented
        }
        return top
    }
}

/// Remembers the pasteboard's change count when the app comes to the front. A change
/// after that was made in the app (a copied note or label), so a lock clears it; what
/// other apps put there is left alone. Only the count is read, never the contents, so
/// iOS shows no paste prompt.
@MainActor
private final class PasteboardGuard: NSObject {
    private var changeCountWhenActive = UIPasteboard.general.changeCount

    override init() {
        super.init()
        NotificationCenter.default.addObserver(
            self,
            selector: #selector(applicationDidBecomeActive),
            name: UIApplication.didBecomeActiveNotification,
            object: nil
        )
    }

    @objc private func applicationDidBecomeActive() {
        changeCountWhenActive = UIPasteboard.general.changeCount
    }

    func clearIfChangedWhileActive() {
        let pasteboard = UIPasteboard.general
        guard pasteboard.changeCount != changeCountWhenActive else { return }
        pasteboard.items = []
        changeCountWhenActive = pasteboard.changeCount
    }
}

/// The exported summary for the share sheet, with a subject for mail-like targets.
private final class ShareText: NSObject, UIActivityItemSource {
    private let subject: String
    private let text: String

    init(subject: String, text: String) {
        self.subject = subject
        self.text = text
    }

    func activityViewControllerPlaceholderItem(_ controller: UIActivityViewController) -> Any {
        ""  // Only the type matters here; the text is handed over once a target is chosen.
    }

    func activityViewController(
        _ controller: UIActivityViewController,
        itemForActivityType activityType: UIActivity.ActivityType?
    ) -> Any? {
        text
    }

    func activityViewController(
        _ controller: UIActivityViewController,
        subjectForActivityType activityType: UIActivity.ActivityType?
    ) -> String {
        subject
    }
}
