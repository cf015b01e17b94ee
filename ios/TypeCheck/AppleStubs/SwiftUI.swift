// Declarations only: the part of SwiftUI the app uses, with Apple's signatures (iOS 18
// SDK, Swift 6), so `SignalenkaartUI` and `App/` type-check on Linux. Generic where
// Apple's are (views, builders, modifiers returning `some View`), so a wrong type in a
// view fails as it would in Xcode. No behaviour: every body traps. Not Apple's code.
// See ios/README.md,
// "The type-check of the Apple-only code".
@_exported import Foundation
import UIKit

// MARK: View and its builder

@MainActor @preconcurrency
public protocol View {
    associatedtype Body: View
    @ViewBuilder @MainActor @preconcurrency var body: Self.Body { get }
}

/// A leaf view: its body is never asked for.
extension View where Body == Never {
    public var body: Never { fatalError() }
}

extension Never: View, Scene {
    public typealias Body = Never
    // An explicit `return`: no result builder is inferred (there would be two).
    public var body: Never { return fatalError() }
}

extension Optional: View where Wrapped: View {
    public typealias Body = Never
}

@resultBuilder
public struct ViewBuilder {
    public static func buildExpression<Content: View>(_ content: Content) -> Content { fatalError() }
    public static func buildBlock() -> EmptyView { fatalError() }
    public static func buildBlock<Content: View>(_ content: Content) -> Content { fatalError() }
    public static func buildBlock<each Content: View>(_ content: repeat each Content) -> TupleView<(repeat each Content)> {
        fatalError()
    }
    public static func buildIf<Content: View>(_ content: Content?) -> Content? { fatalError() }
    public static func buildEither<TrueContent: View, FalseContent: View>(
        first: TrueContent
    ) -> _ConditionalContent<TrueContent, FalseContent> { fatalError() }
    public static func buildEither<TrueContent: View, FalseContent: View>(
        second: FalseContent
    ) -> _ConditionalContent<TrueContent, FalseContent> { fatalError() }
    public static func buildLimitedAvailability<Content: View>(_ content: Content) -> AnyView { fatalError() }
}

public struct EmptyView: View {
    public typealias Body = Never
    public init() { fatalError() }
}

public struct TupleView<T>: View {
    public typealias Body = Never
    public init(_ value: T) { fatalError() }
}

public struct _ConditionalContent<TrueContent: View, FalseContent: View>: View {
    public typealias Body = Never
}

public struct AnyView: View {
    public typealias Body = Never
    public init<V: View>(_ view: V) { fatalError() }
}

// MARK: Modifiers

@MainActor @preconcurrency
public protocol ViewModifier {
    associatedtype Body: View
    @ViewBuilder @MainActor @preconcurrency func body(content: Self.Content) -> Self.Body
    typealias Content = _ViewModifier_Content<Self>
}

public struct _ViewModifier_Content<Modifier: ViewModifier>: View {
    public typealias Body = Never
}

public struct EmptyModifier: ViewModifier {
    public init() { fatalError() }
    public func body(content: Content) -> Never { fatalError() }
}

public struct ModifiedContent<Content, Modifier> {
    public init(content: Content, modifier: Modifier) { fatalError() }
}

extension ModifiedContent: View where Content: View, Modifier: ViewModifier {
    public typealias Body = Never
}

extension View {
    /// What every stubbed modifier returns: a view of a type of its own.
    nonisolated func modified() -> ModifiedContent<Self, EmptyModifier> { fatalError() }

    nonisolated public func modifier<T>(_ modifier: T) -> ModifiedContent<Self, T> { fatalError() }

    // Layout
    nonisolated public func padding(_ edges: Edge.Set = .all, _ length: CGFloat? = nil) -> some View { modified() }
    nonisolated public func padding(_ length: CGFloat) -> some View { modified() }
    nonisolated public func frame(
        width: CGFloat? = nil, height: CGFloat? = nil, alignment: Alignment = .center
    ) -> some View { modified() }
    nonisolated public func frame(
        minWidth: CGFloat? = nil, idealWidth: CGFloat? = nil, maxWidth: CGFloat? = nil,
        minHeight: CGFloat? = nil, idealHeight: CGFloat? = nil, maxHeight: CGFloat? = nil,
        alignment: Alignment = .center
    ) -> some View { modified() }
    nonisolated public func fixedSize() -> some View { modified() }
    nonisolated public func fixedSize(horizontal: Bool, vertical: Bool) -> some View { modified() }
    nonisolated public func layoutPriority(_ value: Double) -> some View { modified() }
    nonisolated public func ignoresSafeArea(
        _ regions: SafeAreaRegions = .all, edges: Edge.Set = .all
    ) -> some View { modified() }
    nonisolated public func defaultScrollAnchor(_ anchor: UnitPoint?) -> some View { modified() }
    nonisolated public func id<ID: Hashable>(_ id: ID) -> some View { modified() }

    // Drawing
    nonisolated public func background<S: ShapeStyle>(
        _ style: S, ignoresSafeAreaEdges edges: Edge.Set = .all
    ) -> some View { modified() }
    // Deprecated on Apple from a future iOS (100000), so no warning there either.
    @_disfavoredOverload
    nonisolated public func background<Background: View>(
        _ background: Background, alignment: Alignment = .center
    ) -> some View { modified() }
    nonisolated public func background<V: View>(
        alignment: Alignment = .center, @ViewBuilder content: () -> V
    ) -> some View { modified() }
    nonisolated public func foregroundStyle<S: ShapeStyle>(_ style: S) -> some View { modified() }
    nonisolated public func tint(_ tint: Color?) -> some View { modified() }
    nonisolated public func tint<S: ShapeStyle>(_ tint: S?) -> some View { modified() }
    nonisolated public func opacity(_ opacity: Double) -> some View { modified() }
    nonisolated public func contentShape<S: Shape>(_ shape: S, eoFill: Bool = false) -> some View { modified() }

    // Text
    nonisolated public func font(_ font: Font?) -> some View { modified() }
    nonisolated public func lineLimit(_ number: Int?) -> some View { modified() }
    nonisolated public func lineLimit(_ limit: Int, reservesSpace: Bool) -> some View { modified() }
    nonisolated public func lineLimit(_ limit: ClosedRange<Int>) -> some View { modified() }
    nonisolated public func lineLimit(_ limit: PartialRangeFrom<Int>) -> some View { modified() }
    nonisolated public func lineLimit(_ limit: PartialRangeThrough<Int>) -> some View { modified() }
    nonisolated public func minimumScaleFactor(_ factor: CGFloat) -> some View { modified() }
    nonisolated public func multilineTextAlignment(_ alignment: TextAlignment) -> some View { modified() }
    nonisolated public func dynamicTypeSize(_ size: DynamicTypeSize) -> some View { modified() }
    nonisolated public func dynamicTypeSize<T: RangeExpression>(_ range: T) -> some View
        where T.Bound == DynamicTypeSize { modified() }
    nonisolated public func textSelection<S: TextSelectability>(_ selectability: S) -> some View { modified() }
    nonisolated public func privacySensitive(_ sensitive: Bool = true) -> some View { modified() }

    // Text input
    nonisolated public func textFieldStyle<S: TextFieldStyle>(_ style: S) -> some View { modified() }
    nonisolated public func autocorrectionDisabled(_ disable: Bool = true) -> some View { modified() }
    nonisolated public func textInputAutocapitalization(
        _ autocapitalization: TextInputAutocapitalization?
    ) -> some View { modified() }
    nonisolated public func writingToolsBehavior(_ behavior: WritingToolsBehavior) -> some View { modified() }
    nonisolated public func onSubmit(
        of triggers: SubmitTriggers = .text, _ action: @escaping () -> Void
    ) -> some View { modified() }

    // Controls
    nonisolated public func buttonStyle<S: ButtonStyle>(_ style: S) -> some View { modified() }
    nonisolated public func buttonStyle<S: PrimitiveButtonStyle>(_ style: S) -> some View { modified() }
    nonisolated public func labelStyle<S: LabelStyle>(_ style: S) -> some View { modified() }
    nonisolated public func disabled(_ disabled: Bool) -> some View { modified() }

    // Accessibility
    nonisolated public func accessibilityLabel(_ label: Text) -> some View { modified() }
    nonisolated public func accessibilityLabel(_ labelKey: LocalizedStringKey) -> some View { modified() }
    @_disfavoredOverload
    nonisolated public func accessibilityLabel<S: StringProtocol>(_ label: S) -> some View { modified() }
    nonisolated public func accessibilityValue(_ valueDescription: Text) -> some View { modified() }
    nonisolated public func accessibilityValue(_ valueKey: LocalizedStringKey) -> some View { modified() }
    @_disfavoredOverload
    nonisolated public func accessibilityValue<S: StringProtocol>(_ value: S) -> some View { modified() }
    nonisolated public func accessibilityHidden(_ hidden: Bool) -> some View { modified() }
    nonisolated public func accessibilityAddTraits(_ traits: AccessibilityTraits) -> some View { modified() }
    nonisolated public func accessibilityElement(
        children: AccessibilityChildBehavior = .ignore
    ) -> some View { modified() }

    // Events, environment, gestures
    nonisolated public func onAppear(perform action: (() -> Void)? = nil) -> some View { modified() }
    nonisolated public func onChange<V: Equatable>(
        of value: V, initial: Bool = false, _ action: @escaping () -> Void
    ) -> some View { modified() }
    nonisolated public func onChange<V: Equatable>(
        of value: V, initial: Bool = false, _ action: @escaping (_ oldValue: V, _ newValue: V) -> Void
    ) -> some View { modified() }
    @available(*, deprecated, message: "Use `onChange` with a two or zero parameter action closure instead.")
    nonisolated public func onChange<V: Equatable>(
        of value: V, perform action: @escaping (_ newValue: V) -> Void
    ) -> some View { modified() }
    nonisolated public func environment<V>(
        _ keyPath: WritableKeyPath<EnvironmentValues, V>, _ value: V
    ) -> some View { modified() }
    nonisolated public func transaction(_ transform: @escaping (inout Transaction) -> Void) -> some View {
        modified()
    }
    nonisolated public func simultaneousGesture<T: Gesture>(
        _ gesture: T, including mask: GestureMask = .all
    ) -> some View { modified() }
}

// MARK: Views

public struct Text: View, Equatable, Sendable {
    public typealias Body = Never
    public init(
        _ key: LocalizedStringKey, tableName: String? = nil, bundle: Bundle? = nil,
        comment: StaticString? = nil
    ) { fatalError() }
    @_disfavoredOverload
    public init<S: StringProtocol>(_ content: S) { fatalError() }
    public init(verbatim content: String) { fatalError() }
}

public struct LocalizedStringKey: Equatable, Sendable, ExpressibleByStringInterpolation {
    public init(_ value: String) { fatalError() }
    public init(stringLiteral value: String) { fatalError() }
}

public struct Image: View, Equatable, Sendable {
    public typealias Body = Never
    public init(_ name: String, bundle: Bundle? = nil) { fatalError() }
    public init(systemName: String) { fatalError() }
}

public struct Label<Title: View, Icon: View>: View {
    public typealias Body = Never
}

extension Label where Title == Text, Icon == Image {
    public init(_ titleKey: LocalizedStringKey, systemImage name: String) { fatalError() }
    @_disfavoredOverload
    public init<S: StringProtocol>(_ title: S, systemImage name: String) { fatalError() }
}

public struct HStack<Content: View>: View {
    public typealias Body = Never
    public init(
        alignment: VerticalAlignment = .center, spacing: CGFloat? = nil,
        @ViewBuilder content: () -> Content
    ) { fatalError() }
}

public struct VStack<Content: View>: View {
    public typealias Body = Never
    public init(
        alignment: HorizontalAlignment = .center, spacing: CGFloat? = nil,
        @ViewBuilder content: () -> Content
    ) { fatalError() }
}

public struct LazyVGrid<Content: View>: View {
    public typealias Body = Never
    public init(
        columns: [GridItem], alignment: HorizontalAlignment = .center, spacing: CGFloat? = nil,
        pinnedViews: PinnedScrollableViews = .init(), @ViewBuilder content: () -> Content
    ) { fatalError() }
}

public struct GridItem: Sendable {
    public enum Size: Sendable {
        case fixed(CGFloat)
        case flexible(minimum: CGFloat = 10, maximum: CGFloat = .infinity)
        case adaptive(minimum: CGFloat, maximum: CGFloat = .infinity)
    }

    public init(_ size: GridItem.Size = .flexible(), spacing: CGFloat? = nil, alignment: Alignment? = nil) {
        fatalError()
    }
}

public struct ScrollView<Content: View>: View {
    public typealias Body = Never
    public init(
        _ axes: Axis.Set = .vertical, showsIndicators: Bool = true,
        @ViewBuilder content: () -> Content
    ) { fatalError() }
}

public struct ViewThatFits<Content: View>: View {
    public typealias Body = Never
    public init(in axes: Axis.Set = [.horizontal, .vertical], @ViewBuilder content: () -> Content) {
        fatalError()
    }
}

public struct Spacer: View {
    public typealias Body = Never
    public init(minLength: CGFloat? = nil) { fatalError() }
}

public struct Divider: View {
    public typealias Body = Never
    public init() { fatalError() }
}

public struct ForEach<Data: RandomAccessCollection, ID: Hashable, Content> {}

extension ForEach: View where Content: View {
    public typealias Body = Never

    public init(
        _ data: Data, id: KeyPath<Data.Element, ID>,
        @ViewBuilder content: @escaping (Data.Element) -> Content
    ) { fatalError() }

    public init(_ data: Range<Int>, @ViewBuilder content: @escaping (Int) -> Content)
        where Data == Range<Int>, ID == Int { fatalError() }
}

extension ForEach where ID == Data.Element.ID, Content: View, Data.Element: Identifiable {
    public init(_ data: Data, @ViewBuilder content: @escaping (Data.Element) -> Content) { fatalError() }
}

public struct Button<Label: View>: View {
    public typealias Body = Never
    public init(action: @escaping @MainActor () -> Void, @ViewBuilder label: () -> Label) { fatalError() }
    public init(
        role: ButtonRole?, action: @escaping @MainActor () -> Void, @ViewBuilder label: () -> Label
    ) { fatalError() }
}

extension Button where Label == Text {
    public init(_ titleKey: LocalizedStringKey, action: @escaping @MainActor () -> Void) { fatalError() }
    @_disfavoredOverload
    public init<S: StringProtocol>(_ title: S, action: @escaping @MainActor () -> Void) { fatalError() }
}

public struct ButtonRole: Equatable, Sendable {
    public static var destructive: ButtonRole { fatalError() }
    public static var cancel: ButtonRole { fatalError() }
}

public struct TextField<Label: View>: View {
    public typealias Body = Never
}

extension TextField where Label == Text {
    public init(_ titleKey: LocalizedStringKey, text: Binding<String>) { fatalError() }
    public init(_ titleKey: LocalizedStringKey, text: Binding<String>, axis: Axis) { fatalError() }
    @_disfavoredOverload
    public init<S: StringProtocol>(_ title: S, text: Binding<String>) { fatalError() }
    @_disfavoredOverload
    public init<S: StringProtocol>(_ title: S, text: Binding<String>, axis: Axis) { fatalError() }
}

// MARK: Shapes, colours, styles

public protocol ShapeStyle: Sendable {}

public protocol Shape: Sendable, View {}

extension Shape {
    nonisolated public func fill<S: ShapeStyle>(_ content: S, style: FillStyle = FillStyle()) -> some View {
        modified()
    }
}

public struct FillStyle: Equatable, Sendable {
    public init(eoFill: Bool = false, antialiased: Bool = true) { fatalError() }
}

public struct Rectangle: Shape {
    public typealias Body = Never
    public init() { fatalError() }
}

public struct Circle: Shape {
    public typealias Body = Never
    public init() { fatalError() }
}

public struct RoundedRectangle: Shape {
    public typealias Body = Never
    public init(cornerRadius: CGFloat, style: RoundedCornerStyle = .continuous) { fatalError() }
}

public enum RoundedCornerStyle: Equatable, Sendable {
    case circular, continuous
}

public struct Color: Hashable, Sendable, View, ShapeStyle {
    public typealias Body = Never
    public init(uiColor: UIColor) { fatalError() }
    public func opacity(_ opacity: Double) -> Color { fatalError() }

    public static var red: Color { fatalError() }
    public static var green: Color { fatalError() }
    public static var blue: Color { fatalError() }
    public static var white: Color { fatalError() }
    public static var black: Color { fatalError() }
    public static var clear: Color { fatalError() }
    public static var primary: Color { fatalError() }
    public static var secondary: Color { fatalError() }
    public static var accentColor: Color { fatalError() }
}

extension ShapeStyle where Self == Color {
    public static var red: Color { fatalError() }
    public static var green: Color { fatalError() }
    public static var blue: Color { fatalError() }
    public static var white: Color { fatalError() }
    public static var black: Color { fatalError() }
    public static var clear: Color { fatalError() }
}

public struct HierarchicalShapeStyle: ShapeStyle {
    public static var primary: HierarchicalShapeStyle { fatalError() }
    public static var secondary: HierarchicalShapeStyle { fatalError() }
    public static var tertiary: HierarchicalShapeStyle { fatalError() }
    public static var quaternary: HierarchicalShapeStyle { fatalError() }
}

extension ShapeStyle where Self == HierarchicalShapeStyle {
    public static var primary: HierarchicalShapeStyle { fatalError() }
    public static var secondary: HierarchicalShapeStyle { fatalError() }
    public static var tertiary: HierarchicalShapeStyle { fatalError() }
    public static var quaternary: HierarchicalShapeStyle { fatalError() }
}

public struct Material: ShapeStyle {
    public static var regular: Material { fatalError() }
    public static var bar: Material { fatalError() }
}

extension ShapeStyle where Self == Material {
    public static var regularMaterial: Material { fatalError() }
    public static var bar: Material { fatalError() }
}

public struct Font: Hashable, Sendable {
    public struct Weight: Hashable, Sendable {
        public static var ultraLight: Weight { fatalError() }
        public static var thin: Weight { fatalError() }
        public static var light: Weight { fatalError() }
        public static var regular: Weight { fatalError() }
        public static var medium: Weight { fatalError() }
        public static var semibold: Weight { fatalError() }
        public static var bold: Weight { fatalError() }
        public static var heavy: Weight { fatalError() }
        public static var black: Weight { fatalError() }
    }

    public static var largeTitle: Font { fatalError() }
    public static var title: Font { fatalError() }
    public static var title2: Font { fatalError() }
    public static var title3: Font { fatalError() }
    public static var headline: Font { fatalError() }
    public static var subheadline: Font { fatalError() }
    public static var body: Font { fatalError() }
    public static var callout: Font { fatalError() }
    public static var footnote: Font { fatalError() }
    public static var caption: Font { fatalError() }
    public static var caption2: Font { fatalError() }

    public func weight(_ weight: Font.Weight) -> Font { fatalError() }
    public func bold() -> Font { fatalError() }
    public func monospacedDigit() -> Font { fatalError() }
    public func monospaced() -> Font { fatalError() }
}

@MainActor @preconcurrency
public protocol ButtonStyle {
    associatedtype Body: View
    @ViewBuilder @MainActor @preconcurrency func makeBody(configuration: Self.Configuration) -> Self.Body
    typealias Configuration = ButtonStyleConfiguration
}

public struct ButtonStyleConfiguration {
    public struct Label: View {
        public typealias Body = Never
    }

    public var role: ButtonRole? { fatalError() }
    public var label: ButtonStyleConfiguration.Label { fatalError() }
    public var isPressed: Bool { fatalError() }
}

@MainActor @preconcurrency
public protocol PrimitiveButtonStyle {
    associatedtype Body: View
    @ViewBuilder @MainActor @preconcurrency func makeBody(configuration: Self.Configuration) -> Self.Body
    typealias Configuration = PrimitiveButtonStyleConfiguration
}

public struct PrimitiveButtonStyleConfiguration {
    public var role: ButtonRole? { fatalError() }
    public func trigger() { fatalError() }
}

public struct PlainButtonStyle: PrimitiveButtonStyle {
    public init() { fatalError() }
    public func makeBody(configuration: Configuration) -> Never { fatalError() }
}

public struct BorderlessButtonStyle: PrimitiveButtonStyle {
    public init() { fatalError() }
    public func makeBody(configuration: Configuration) -> Never { fatalError() }
}

extension PrimitiveButtonStyle where Self == PlainButtonStyle {
    public static var plain: PlainButtonStyle { fatalError() }
}

extension PrimitiveButtonStyle where Self == BorderlessButtonStyle {
    public static var borderless: BorderlessButtonStyle { fatalError() }
}

@MainActor @preconcurrency
public protocol LabelStyle {}

public struct TitleAndIconLabelStyle: LabelStyle {}
public struct IconOnlyLabelStyle: LabelStyle {}
public struct TitleOnlyLabelStyle: LabelStyle {}

extension LabelStyle where Self == TitleAndIconLabelStyle {
    public static var titleAndIcon: TitleAndIconLabelStyle { fatalError() }
}

extension LabelStyle where Self == IconOnlyLabelStyle {
    public static var iconOnly: IconOnlyLabelStyle { fatalError() }
}

extension LabelStyle where Self == TitleOnlyLabelStyle {
    public static var titleOnly: TitleOnlyLabelStyle { fatalError() }
}

@MainActor @preconcurrency
public protocol TextFieldStyle {}

public struct RoundedBorderTextFieldStyle: TextFieldStyle {}
public struct PlainTextFieldStyle: TextFieldStyle {}

extension TextFieldStyle where Self == RoundedBorderTextFieldStyle {
    public static var roundedBorder: RoundedBorderTextFieldStyle { fatalError() }
}

extension TextFieldStyle where Self == PlainTextFieldStyle {
    public static var plain: PlainTextFieldStyle { fatalError() }
}

public protocol TextSelectability {}

public struct EnabledTextSelectability: TextSelectability {}
public struct DisabledTextSelectability: TextSelectability {}

extension TextSelectability where Self == EnabledTextSelectability {
    public static var enabled: EnabledTextSelectability { fatalError() }
}

extension TextSelectability where Self == DisabledTextSelectability {
    public static var disabled: DisabledTextSelectability { fatalError() }
}

public struct TextInputAutocapitalization: Sendable {
    public static var never: TextInputAutocapitalization { fatalError() }
    public static var words: TextInputAutocapitalization { fatalError() }
    public static var sentences: TextInputAutocapitalization { fatalError() }
    public static var characters: TextInputAutocapitalization { fatalError() }
}

public struct WritingToolsBehavior: Hashable, Sendable {
    public static var automatic: WritingToolsBehavior { fatalError() }
    public static var complete: WritingToolsBehavior { fatalError() }
    public static var limited: WritingToolsBehavior { fatalError() }
    public static var disabled: WritingToolsBehavior { fatalError() }
}

public struct SubmitTriggers: OptionSet, Sendable {
    public let rawValue: UInt
    public init(rawValue: UInt) { fatalError() }
    public static var text: SubmitTriggers { fatalError() }
    public static var search: SubmitTriggers { fatalError() }
}

// MARK: Geometry and layout values

public enum Axis: Int8, Hashable, Sendable {
    case horizontal, vertical

    public struct Set: OptionSet, Sendable {
        public let rawValue: Int8
        public init(rawValue: Int8) { fatalError() }
        public static var horizontal: Axis.Set { fatalError() }
        public static var vertical: Axis.Set { fatalError() }
    }
}

public enum Edge: Int8, Hashable, Sendable {
    case top, leading, bottom, trailing

    public struct Set: OptionSet, Sendable {
        public let rawValue: Int8
        public init(rawValue: Int8) { fatalError() }
        public static var top: Edge.Set { fatalError() }
        public static var leading: Edge.Set { fatalError() }
        public static var bottom: Edge.Set { fatalError() }
        public static var trailing: Edge.Set { fatalError() }
        public static var all: Edge.Set { fatalError() }
        public static var horizontal: Edge.Set { fatalError() }
        public static var vertical: Edge.Set { fatalError() }
    }
}

public struct HorizontalAlignment: Equatable, Sendable {
    public static var leading: HorizontalAlignment { fatalError() }
    public static var center: HorizontalAlignment { fatalError() }
    public static var trailing: HorizontalAlignment { fatalError() }
}

public struct VerticalAlignment: Equatable, Sendable {
    public static var top: VerticalAlignment { fatalError() }
    public static var center: VerticalAlignment { fatalError() }
    public static var bottom: VerticalAlignment { fatalError() }
    public static var firstTextBaseline: VerticalAlignment { fatalError() }
    public static var lastTextBaseline: VerticalAlignment { fatalError() }
}

public struct Alignment: Equatable, Sendable {
    public init(horizontal: HorizontalAlignment, vertical: VerticalAlignment) { fatalError() }
    public static var center: Alignment { fatalError() }
    public static var leading: Alignment { fatalError() }
    public static var trailing: Alignment { fatalError() }
    public static var top: Alignment { fatalError() }
    public static var bottom: Alignment { fatalError() }
    public static var topLeading: Alignment { fatalError() }
    public static var topTrailing: Alignment { fatalError() }
    public static var bottomLeading: Alignment { fatalError() }
    public static var bottomTrailing: Alignment { fatalError() }
}

public enum TextAlignment: Hashable, Sendable, CaseIterable {
    case leading, center, trailing
}

public struct UnitPoint: Hashable, Sendable {
    public init(x: CGFloat, y: CGFloat) { fatalError() }
    public static var center: UnitPoint { fatalError() }
    public static var top: UnitPoint { fatalError() }
    public static var bottom: UnitPoint { fatalError() }
    public static var leading: UnitPoint { fatalError() }
    public static var trailing: UnitPoint { fatalError() }
}

public struct SafeAreaRegions: OptionSet, Sendable {
    public let rawValue: UInt
    public init(rawValue: UInt) { fatalError() }
    public static var all: SafeAreaRegions { fatalError() }
    public static var container: SafeAreaRegions { fatalError() }
    public static var keyboard: SafeAreaRegions { fatalError() }
}

public struct PinnedScrollableViews: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { fatalError() }
    public static var sectionHeaders: PinnedScrollableViews { fatalError() }
    public static var sectionFooters: PinnedScrollableViews { fatalError() }
}

public enum DynamicTypeSize: Hashable, Comparable, CaseIterable, Sendable {
    case xSmall, small, medium, large, xLarge, xxLarge, xxxLarge
    case accessibility1, accessibility2, accessibility3, accessibility4, accessibility5
}

// MARK: Accessibility values

public struct AccessibilityTraits: OptionSet, Sendable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { fatalError() }
    public static var isButton: AccessibilityTraits { fatalError() }
    public static var isHeader: AccessibilityTraits { fatalError() }
    public static var isSelected: AccessibilityTraits { fatalError() }
    public static var isLink: AccessibilityTraits { fatalError() }
    public static var isStaticText: AccessibilityTraits { fatalError() }
}

public struct AccessibilityChildBehavior: Hashable, Sendable {
    public static var ignore: AccessibilityChildBehavior { fatalError() }
    public static var contain: AccessibilityChildBehavior { fatalError() }
    public static var combine: AccessibilityChildBehavior { fatalError() }
}

// MARK: Gestures and transactions

@MainActor @preconcurrency
public protocol Gesture {
    associatedtype Value
}

public struct GestureMask: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { fatalError() }
    public static var none: GestureMask { fatalError() }
    public static var gesture: GestureMask { fatalError() }
    public static var subviews: GestureMask { fatalError() }
    public static var all: GestureMask { fatalError() }
}

public enum CoordinateSpace: Hashable, Sendable {
    case global, local
}

public struct DragGesture: Gesture {
    public struct Value: Equatable, Sendable {
        public var time: Date
        public var location: CGPoint
        public var startLocation: CGPoint
        public var translation: CGSize { fatalError() }
        public var predictedEndLocation: CGPoint { fatalError() }
        public var predictedEndTranslation: CGSize { fatalError() }
    }

    public init(minimumDistance: CGFloat = 10, coordinateSpace: CoordinateSpace = .local) { fatalError() }
}

public struct _EndedGesture<Content: Gesture>: Gesture {
    public typealias Value = Content.Value
}

extension Gesture {
    nonisolated public func onEnded(_ action: @escaping (Self.Value) -> Void) -> _EndedGesture<Self> {
        fatalError()
    }
}

public struct Transaction {
    public init() { fatalError() }
    public var animation: Animation? {
        get { fatalError() }
        set { fatalError() }
    }
}

public struct Animation: Equatable, Sendable {
    public static var `default`: Animation { fatalError() }
}

// MARK: State and environment

public protocol DynamicProperty {}

@propertyWrapper
public struct State<Value>: DynamicProperty {
    public init(wrappedValue value: Value) { fatalError() }
    public init(initialValue value: Value) { fatalError() }
    public var wrappedValue: Value {
        get { fatalError() }
        nonmutating set { fatalError() }
    }
    public var projectedValue: Binding<Value> { fatalError() }
}

@propertyWrapper @dynamicMemberLookup
public struct Binding<Value> {
    public init(get: @escaping () -> Value, set: @escaping (Value) -> Void) { fatalError() }
    public var wrappedValue: Value {
        get { fatalError() }
        nonmutating set { fatalError() }
    }
    public var projectedValue: Binding<Value> { fatalError() }
    public subscript<Subject>(dynamicMember keyPath: WritableKeyPath<Value, Subject>) -> Binding<Subject> {
        fatalError()
    }
}

@propertyWrapper
public struct Environment<Value>: DynamicProperty {
    public init(_ keyPath: KeyPath<EnvironmentValues, Value>) { fatalError() }
    public var wrappedValue: Value { fatalError() }
}

public protocol EnvironmentKey {
    associatedtype Value
    static var defaultValue: Self.Value { get }
}

public struct EnvironmentValues {
    public init() { fatalError() }
    public subscript<K: EnvironmentKey>(key: K.Type) -> K.Value {
        get { fatalError() }
        set { fatalError() }
    }
    public var isEnabled: Bool {
        get { fatalError() }
        set { fatalError() }
    }
    public var scenePhase: ScenePhase {
        get { fatalError() }
        set { fatalError() }
    }
}

// MARK: App and scenes

@MainActor @preconcurrency
public protocol App {
    associatedtype Body: Scene
    @SceneBuilder @MainActor @preconcurrency var body: Self.Body { get }
    @MainActor @preconcurrency init()
}

extension App {
    @MainActor @preconcurrency public static func main() { fatalError() }
}

@MainActor @preconcurrency
public protocol Scene {
    associatedtype Body: Scene
    @SceneBuilder @MainActor @preconcurrency var body: Self.Body { get }
}

extension Scene where Body == Never {
    public var body: Never { fatalError() }
}

@resultBuilder
public struct SceneBuilder {
    public static func buildExpression<Content: Scene>(_ content: Content) -> Content { fatalError() }
    public static func buildBlock<Content: Scene>(_ content: Content) -> Content { fatalError() }
}

public struct WindowGroup<Content: View>: Scene {
    public typealias Body = Never
    public init(@ViewBuilder content: () -> Content) { fatalError() }
}

public enum ScenePhase: Comparable, Hashable, Sendable {
    case background, inactive, active
}

@MainActor @preconcurrency @propertyWrapper
public struct UIApplicationDelegateAdaptor<DelegateType: NSObject & UIApplicationDelegate>: DynamicProperty {
    public init(_ delegateType: DelegateType.Type = DelegateType.self) { fatalError() }
    public var wrappedValue: DelegateType { fatalError() }
}

@MainActor @preconcurrency
open class UIHostingController<Content: View>: UIViewController {
    public init(rootView: Content) { fatalError() }
}
