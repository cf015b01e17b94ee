import UIKit

/// The one UIKit hook SwiftUI's life cycle does not offer.
final class AppDelegate: NSObject, UIApplicationDelegate {
    /// Refuses third-party keyboards in the whole app: a keyboard extension with full
    /// access could send notes and case labels anywhere. The system keyboard remains.
    func application(
        _ application: UIApplication,
        shouldAllowExtensionPointIdentifier extensionPointIdentifier: UIApplication.ExtensionPointIdentifier
    ) -> Bool {
        extensionPointIdentifier != .keyboard
    }
}
