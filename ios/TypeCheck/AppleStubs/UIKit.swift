// Declarations only: the part of UIKit the app uses, with Apple's signatures (iOS 18
// SDK, Swift 6), so `SignalenkaartUI` and `App/` type-check on Linux. No behaviour:
// every body traps. Not Apple's code. See ios/README.md,
// "The type-check of the Apple-only code".
@_exported import Foundation

// MARK: Objective-C parts of Foundation that Linux lacks

// On Apple from the ObjectiveC module, re-exported by Foundation. Linux has no
// `#selector`: the check spells it `Selector(…)` in its copy of the sources, so the
// method named must still exist.
public struct Selector: Sendable {
    public init(_ name: String) { fatalError() }
    public init<Method>(_ method: @autoclosure @MainActor () -> Method) { fatalError() }
}

extension NotificationCenter {
    public func addObserver(
        _ observer: Any, selector aSelector: Selector, name aName: NSNotification.Name?, object anObject: Any?
    ) { fatalError() }
}

// MARK: UIKit

@MainActor @preconcurrency
open class UIResponder: NSObject {
    // Main-actor on Apple. Here nonisolated: Swift 6.0 checks `Selector(UIResponder.
    // resignFirstResponder)`, the check's spelling of `#selector`, as a call.
    @discardableResult nonisolated open func resignFirstResponder() -> Bool { fatalError() }
}

public final class UIEvent {}

@MainActor @preconcurrency
public protocol UIApplicationDelegate: NSObjectProtocol {}

public struct UIBackgroundTaskIdentifier: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { fatalError() }
    public static var invalid: UIBackgroundTaskIdentifier { fatalError() }
}

@MainActor @preconcurrency
open class UIApplication: UIResponder {
    public class var shared: UIApplication { fatalError() }

    public struct ExtensionPointIdentifier: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { fatalError() }
        public static var keyboard: ExtensionPointIdentifier { fatalError() }
    }

    public struct OpenExternalURLOptionsKey: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { fatalError() }
    }

    nonisolated public static var didBecomeActiveNotification: NSNotification.Name { fatalError() }

    open var connectedScenes: Set<UIScene> { fatalError() }
    open var isProtectedDataAvailable: Bool { fatalError() }
    open var supportsAlternateIcons: Bool { fatalError() }
    open var alternateIconName: String? { fatalError() }

    open func open(
        _ url: URL,
        options: [UIApplication.OpenExternalURLOptionsKey: Any] = [:],
        completionHandler completion: (@MainActor @Sendable (Bool) -> Void)? = nil
    ) { fatalError() }

    nonisolated open func beginBackgroundTask(
        withName taskName: String?,
        expirationHandler handler: (@MainActor @Sendable () -> Void)? = nil
    ) -> UIBackgroundTaskIdentifier { fatalError() }

    nonisolated open func endBackgroundTask(_ identifier: UIBackgroundTaskIdentifier) { fatalError() }

    @discardableResult
    open func sendAction(_ action: Selector, to target: Any?, from sender: Any?, for event: UIEvent?) -> Bool {
        fatalError()
    }

    open func setAlternateIconName(
        _ alternateIconName: String?,
        completionHandler: (@Sendable ((any Error)?) -> Void)? = nil
    ) { fatalError() }
}

@MainActor @preconcurrency
open class UIScene: UIResponder {}

@MainActor @preconcurrency
open class UIWindowScene: UIScene {
    open var windows: [UIWindow] { fatalError() }
    open var screen: UIScreen { fatalError() }
}

@MainActor @preconcurrency
open class UIScreen: NSObject {
    nonisolated public static var capturedDidChangeNotification: NSNotification.Name { fatalError() }
    open var isCaptured: Bool { fatalError() }
}

@MainActor @preconcurrency
open class UIView: UIResponder {
    open var bounds: CGRect {
        get { fatalError() }
        set { fatalError() }
    }
    @discardableResult open func endEditing(_ force: Bool) -> Bool { fatalError() }
}

@MainActor @preconcurrency
open class UIWindow: UIView {
    public struct Level: RawRepresentable, Hashable, Sendable {
        public let rawValue: CGFloat
        public init(rawValue: CGFloat) { fatalError() }
        public init(_ rawValue: CGFloat) { fatalError() }
        public static var normal: Level { fatalError() }
        public static var statusBar: Level { fatalError() }
        public static var alert: Level { fatalError() }
    }

    public init(windowScene: UIWindowScene) { fatalError() }
    open var windowLevel: UIWindow.Level {
        get { fatalError() }
        set { fatalError() }
    }
    open var rootViewController: UIViewController? {
        get { fatalError() }
        set { fatalError() }
    }
    open var isHidden: Bool {
        get { fatalError() }
        set { fatalError() }
    }
}

// UIKit's Swift overlay.
extension UIWindow.Level {
    public static func + (lhs: UIWindow.Level, rhs: CGFloat) -> UIWindow.Level { fatalError() }
    public static func - (lhs: UIWindow.Level, rhs: CGFloat) -> UIWindow.Level { fatalError() }
}

@MainActor @preconcurrency
open class UIViewController: UIResponder {
    open var view: UIView! {
        get { fatalError() }
        set { fatalError() }
    }
    open var presentedViewController: UIViewController? { fatalError() }
    open var popoverPresentationController: UIPopoverPresentationController? { fatalError() }
    open func present(
        _ viewControllerToPresent: UIViewController,
        animated flag: Bool,
        completion: (@MainActor @Sendable () -> Void)? = nil
    ) { fatalError() }
    open func dismiss(animated flag: Bool, completion: (@MainActor @Sendable () -> Void)? = nil) {
        fatalError()
    }
}

public struct UIPopoverArrowDirection: OptionSet, Sendable {
    public let rawValue: UInt
    public init(rawValue: UInt) { fatalError() }
    public static var up: UIPopoverArrowDirection { fatalError() }
    public static var down: UIPopoverArrowDirection { fatalError() }
    public static var any: UIPopoverArrowDirection { fatalError() }
}

@MainActor @preconcurrency
open class UIPresentationController: NSObject {}

@MainActor @preconcurrency
open class UIPopoverPresentationController: UIPresentationController {
    open var sourceView: UIView? {
        get { fatalError() }
        set { fatalError() }
    }
    open var sourceRect: CGRect {
        get { fatalError() }
        set { fatalError() }
    }
    open var permittedArrowDirections: UIPopoverArrowDirection {
        get { fatalError() }
        set { fatalError() }
    }
}

@MainActor @preconcurrency
open class UIActivity: NSObject {
    public struct ActivityType: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { fatalError() }
    }
}

@MainActor @preconcurrency
open class UIActivityViewController: UIViewController {
    public init(activityItems: [Any], applicationActivities: [UIActivity]?) { fatalError() }
}

// `activityViewController(_:subjectForActivityType:)` is optional on Apple; Linux has no
// optional protocol members, so only the required ones are declared.
@MainActor @preconcurrency
public protocol UIActivityItemSource: NSObjectProtocol {
    func activityViewControllerPlaceholderItem(_ activityViewController: UIActivityViewController) -> Any
    func activityViewController(
        _ activityViewController: UIActivityViewController,
        itemForActivityType activityType: UIActivity.ActivityType?
    ) -> Any?
}

open class UIPasteboard: NSObject, @unchecked Sendable {
    open class var general: UIPasteboard { fatalError() }
    open var changeCount: Int { fatalError() }
    open var items: [[String: Any]] {
        get { fatalError() }
        set { fatalError() }
    }
}

open class UIColor: NSObject, @unchecked Sendable {
    open class var systemBackground: UIColor { fatalError() }
    open class var secondarySystemBackground: UIColor { fatalError() }
}

public enum UIAccessibility {
    public struct Notification: RawRepresentable, Hashable, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { fatalError() }
        public static var announcement: Notification { fatalError() }
        public static var screenChanged: Notification { fatalError() }
        public static var layoutChanged: Notification { fatalError() }
    }

    @MainActor
    public static func post(notification: UIAccessibility.Notification, argument: Any?) { fatalError() }
}
