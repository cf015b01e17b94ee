package nl.signalenkaart.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Check
import androidx.compose.material.icons.filled.KeyboardArrowRight
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Checkbox
import androidx.compose.material3.Icon
import androidx.compose.material3.LocalTextStyle
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.SideEffect
import androidx.compose.runtime.compositionLocalOf
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.clip
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.TransformOrigin
import androidx.compose.ui.layout.layout
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.stateDescription
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.text.TextRange
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.input.TextFieldValue
import androidx.compose.ui.text.style.LineBreak
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.Constraints
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.dp
import kotlin.math.ceil
import nl.signalenkaart.core.CheckRow
import nl.signalenkaart.core.ChoiceGroup
import nl.signalenkaart.core.ChoiceOption
import nl.signalenkaart.core.SourcesView
import nl.signalenkaart.core.TextLine
import nl.signalenkaart.core.Event

// The core's view types share names with Compose's; these aliases keep both readable.
typealias ButtonModel = nl.signalenkaart.core.Button
typealias RowModel = nl.signalenkaart.core.Row
typealias TextFieldModel = nl.signalenkaart.core.TextField

/** Sends a tap's event to the core. */
typealias Send = (Event) -> Unit

/** The smallest touch target anywhere in the app (Material and WCAG ask for 48 dp). */
val MinTouch = 48.dp

/** Rows one taps during a visit get more than the minimum: a hurried thumb misses. */
val RowTouch = 56.dp

/** Test tags: stable handles for UI tests where a visible string is not unique. */
object Tags {
    const val CALL = "call"
    const val CALL_BAR = "call-bar"
    const val TOP_BAR = "top-bar"
    const val BACK = "back"
    const val LOCK = "lock"
    const val QUICK_EXIT = "quick-exit"
    const val NOTICE = "notice"
    const val TITLE = "title"
    const val PIN_DOTS = "pin-dots"
    const val SOURCES = "sources"
    fun step(number: Int) = "step-$number"
    fun question(number: Int) = "question-$number"

    // issue 21: the meldcode log, the case's next step, a note's kind
    const val ACUTE = "acute"
    const val NEXT_STEP = "next-step"
    const val NOTE_KIND = "note-kind"
    fun stepLog(number: Int) = "step-log-$number"

    // issue 22: the biometric unlock
    const val BIOMETRIC_NOTE = "biometric-note"
}

/**
 * Whether every event sent has come back from the core (see [Store.idle]). It flips with
 * every keystroke, so only the text fields that read it recompose (not static).
 */
val LocalCoreIdle = compositionLocalOf { true }

/**
 * Receives the layout of every [CoreText]: a no-op in the app. The desktop tests collect
 * the layouts to check that no text is clipped or broken inside a word.
 */
val LocalTextLayouts = staticCompositionLocalOf<(TextLayoutResult) -> Unit> { {} }

/**
 * Text of the view model, the one way the screens show it. It wraps between words, never
 * inside one: a word wider than the line (a Dutch compound at 200 % font size) shrinks
 * the whole text to fit instead (see [fitWords]).
 */
@Composable
fun CoreText(
    text: String,
    modifier: Modifier = Modifier,
    style: TextStyle = LocalTextStyle.current,
    color: Color = Color.Unspecified,
    fontWeight: FontWeight? = null,
    textAlign: TextAlign? = null,
) {
    Text(
        text,
        modifier.fitWords(),
        color = color,
        fontWeight = fontWeight,
        textAlign = textAlign,
        style = style,
        onTextLayout = LocalTextLayouts.current,
    )
}

/**
 * When the text's longest word (its minimum intrinsic width) is wider than the space,
 * lays the text out at that word's width and draws it scaled down to the space: the
 * same as a smaller font, in one layout pass, without a frame of broken words first.
 */
private fun Modifier.fitWords(): Modifier = layout { measurable, constraints ->
    val longestWord = measurable.minIntrinsicWidth(Constraints.Infinity)
    if (!constraints.hasBoundedWidth || longestWord <= constraints.maxWidth) {
        val placeable = measurable.measure(constraints)
        return@layout layout(placeable.width, placeable.height) { placeable.place(0, 0) }
    }
    val scale = constraints.maxWidth.toFloat() / longestWord
    val placeable = measurable.measure(Constraints(minWidth = longestWord, maxWidth = longestWord))
    val height = ceil(placeable.height * scale).toInt()
    layout(constraints.maxWidth, height.coerceIn(constraints.minHeight, constraints.maxHeight)) {
        placeable.placeWithLayer(0, 0) {
            scaleX = scale
            scaleY = scale
            transformOrigin = TransformOrigin(0f, 0f)
        }
    }
}

/**
 * Content (a text, a column of texts) that takes at most [maxHeight]: where it would be
 * taller at the width it is given, it is laid out wider and drawn scaled down to the
 * width, by the largest factor that fits, as a smaller font would. For the bars, which
 * must leave a large font's screen room for the screen itself (iOS's bars do the same).
 */
fun Modifier.shrunkToHeight(maxHeight: Dp): Modifier = layout { measurable, constraints ->
    val limit = maxHeight.roundToPx()
    val width = constraints.maxWidth
    fun heightAt(scale: Float): Float = measurable.maxIntrinsicHeight((width / scale).toInt()) * scale
    if (!constraints.hasBoundedWidth || heightAt(1f) <= limit) {
        val placeable = measurable.measure(constraints)
        return@layout layout(placeable.width, placeable.height) { placeable.place(0, 0) }
    }
    // The height at a scale falls as the scale does: halve the interval nine times.
    var fits = 0.2f
    var tooLarge = 1f
    repeat(9) {
        val mid = (fits + tooLarge) / 2
        if (heightAt(mid) <= limit) fits = mid else tooLarge = mid
    }
    val placeable = measurable.measure(Constraints(maxWidth = (width / fits).toInt()))
    val shownWidth = ceil(placeable.width * fits).toInt().coerceIn(constraints.minWidth, constraints.maxWidth)
    val shownHeight = ceil(placeable.height * fits).toInt().coerceIn(constraints.minHeight, constraints.maxHeight)
    layout(shownWidth, shownHeight) {
        placeable.placeWithLayer(0, 0) {
            scaleX = fits
            scaleY = fits
            transformOrigin = TransformOrigin(0f, 0f)
        }
    }
}

/**
 * Wraps a text field whose text the keyboard must not learn from ([TextFieldModel.sensitive]).
 * The Android app sets IME_FLAG_NO_PERSONALIZED_LEARNING here; on the desktop it is a no-op.
 */
val LocalSensitiveInput = staticCompositionLocalOf<@Composable (@Composable () -> Unit) -> Unit> {
    { content -> content() }
}

/** How a [CoreButton] looks; what it does always comes from the view model. */
enum class ButtonStyle { Primary, Secondary, Danger, Quiet }

/** A view-model button: its label, spoken label, enabled state and event. */
@Composable
fun CoreButton(
    button: ButtonModel,
    send: Send,
    modifier: Modifier = Modifier,
    style: ButtonStyle = ButtonStyle.Primary,
) {
    val m = modifier
        .heightIn(min = MinTouch)
        .semantics { contentDescription = button.accessibilityLabel }
    val onClick = { send(button.event) }
    val label: @Composable () -> Unit = { CoreText(button.label, style = MaterialTheme.typography.labelLarge) }
    when (style) {
        ButtonStyle.Primary -> Button(onClick, m, enabled = button.enabled) { label() }
        ButtonStyle.Secondary -> OutlinedButton(onClick, m, enabled = button.enabled) { label() }
        ButtonStyle.Danger -> Button(
            onClick, m, enabled = button.enabled,
            colors = ButtonDefaults.buttonColors(
                containerColor = MaterialTheme.colorScheme.error,
                contentColor = MaterialTheme.colorScheme.onError,
            ),
        ) { label() }
        ButtonStyle.Quiet -> TextButton(onClick, m, enabled = button.enabled) { label() }
    }
}

/** A tappable row that opens something: label, optional detail, a chevron. */
@Composable
fun NavRow(row: RowModel, send: Send, modifier: Modifier = Modifier) {
    Surface(
        onClick = { send(row.event) },
        shape = RoundedCornerShape(12.dp),
        color = MaterialTheme.colorScheme.surfaceVariant,
        contentColor = MaterialTheme.colorScheme.onSurface,
        modifier = modifier
            .fillMaxWidth()
            .heightIn(min = RowTouch)
            .semantics { contentDescription = row.accessibilityLabel },
    ) {
        Row(
            verticalAlignment = Alignment.CenterVertically,
            modifier = Modifier.padding(horizontal = 16.dp, vertical = 10.dp),
        ) {
            Column(Modifier.weight(1f)) {
                CoreText(row.label, style = MaterialTheme.typography.titleMedium)
                row.detail?.let { Detail(it) }
            }
            Icon(Icons.Filled.KeyboardArrowRight, contentDescription = null)
        }
    }
}

/**
 * A row with a checkbox; the whole row is the touch target. The row's second action (a
 * signal's details in a case: on every row, so ticking never changes a row's size), where
 * the view model gives one, sits at its end. TalkBack reads the core's label (the text and
 * its detail, if any), then the core's state words in place of its own "checked", so the
 * state is said once and in the app's language.
 */
@Composable
fun CheckRowItem(row: CheckRow, send: Send, modifier: Modifier = Modifier) {
    Row(verticalAlignment = Alignment.CenterVertically, modifier = modifier.fillMaxWidth()) {
        Row(
            verticalAlignment = Alignment.CenterVertically,
            modifier = Modifier
                .weight(1f)
                .heightIn(min = RowTouch)
                .toggleable(value = row.checked, role = Role.Checkbox, onValueChange = { send(row.event) })
                .semantics {
                    contentDescription = row.accessibilityLabel
                    stateDescription = row.stateDescription
                }
                .padding(vertical = 6.dp),
        ) {
            Checkbox(checked = row.checked, onCheckedChange = null, modifier = Modifier.padding(horizontal = 12.dp))
            Column(Modifier.weight(1f)) {
                Paragraph(row.label)
                row.detail?.let {
                    CoreText(it, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant)
                }
            }
        }
        row.secondary?.let { CoreButton(it, send, style = ButtonStyle.Quiet) }
    }
}

/**
 * A labelled choice. Up to three short options (a step's status, yes/no) are outlined
 * buttons side by side that wrap to the next line when they do not fit (large font
 * sizes); longer lists are radio rows, one per line.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun ChoiceGroupItem(group: ChoiceGroup, send: Send, modifier: Modifier = Modifier) {
    Column(modifier.fillMaxWidth()) {
        // The group is named for a screen reader as the core words it (an answer says
        // which question it answers).
        CoreText(
            group.label,
            Modifier.padding(bottom = 4.dp).semantics { contentDescription = group.accessibilityLabel },
            style = MaterialTheme.typography.titleSmall,
        )
        if (group.options.size <= 3) {
            FlowRow(
                horizontalArrangement = Arrangement.spacedBy(8.dp),
                verticalArrangement = Arrangement.spacedBy(8.dp),
                modifier = Modifier.fillMaxWidth().selectableGroup(),
            ) {
                group.options.forEach { OptionButton(it, send) }
            }
        } else {
            Column(Modifier.selectableGroup()) {
                group.options.forEach { option ->
                    Row(
                        verticalAlignment = Alignment.CenterVertically,
                        modifier = Modifier
                            .fillMaxWidth()
                            .heightIn(min = MinTouch)
                            .selectable(selected = option.selected, role = Role.RadioButton, onClick = { send(option.event) })
                            .optionSemantics(option),
                    ) {
                        RadioButton(selected = option.selected, onClick = null, modifier = Modifier.padding(horizontal = 12.dp))
                        Paragraph(option.label, Modifier.weight(1f))
                    }
                }
            }
        }
    }
}

/** What a screen reader says for an option: its words and its state, as the core says them. */
private fun Modifier.optionSemantics(option: ChoiceOption): Modifier = semantics(mergeDescendants = true) {
    contentDescription = option.accessibilityLabel
    stateDescription = option.stateDescription
}

/**
 * One option of a short choice, in every state a button: outlined while not chosen,
 * filled with a check mark when chosen (never colour alone). The colours are those the
 * theme's contrast test checks: outline and primary against the screen and the cards.
 */
@Composable
private fun OptionButton(option: ChoiceOption, send: Send) {
    val colors = MaterialTheme.colorScheme
    val shape = RoundedCornerShape(24.dp)
    Surface(
        shape = shape,
        color = if (option.selected) colors.primary else Color.Transparent,
        contentColor = if (option.selected) colors.onPrimary else colors.onSurface,
        border = if (option.selected) null else BorderStroke(1.dp, colors.outline),
        modifier = Modifier
            .heightIn(min = MinTouch)
            .clip(shape)
            .selectable(selected = option.selected, role = Role.RadioButton, onClick = { send(option.event) })
            .optionSemantics(option),
    ) {
        Row(
            verticalAlignment = Alignment.CenterVertically,
            modifier = Modifier.padding(horizontal = 16.dp, vertical = 10.dp),
        ) {
            if (option.selected) {
                Icon(Icons.Filled.Check, contentDescription = null, modifier = Modifier.padding(end = 8.dp).size(18.dp))
            }
            CoreText(
                option.label,
                style = MaterialTheme.typography.labelLarge,
                fontWeight = if (option.selected) FontWeight.Bold else FontWeight.Medium,
            )
        }
    }
}

/**
 * A text field whose text the core holds; every change goes to the core as
 * `Event.Edit(field.id, text)`, whole and uncut: the shell never stops typing at
 * `maxChars`. Under the field, the core's `error` (what is too long, and why) and its
 * `counter` near the limit.
 *
 * The field's own text is the truth while typing: views arriving while edits are still
 * in flight echo older text and never replace it. Once the core has answered every
 * event sent ([LocalCoreIdle]), its text is the answer to the newest one: where it
 * differs (a text the core cleared, refused or changed) it wins.
 */
@Composable
fun CoreTextField(
    field: TextFieldModel,
    send: Send,
    modifier: Modifier = Modifier,
    singleLine: Boolean = true,
    minLines: Int = 1,
) {
    val idle = LocalCoreIdle.current
    var local by remember(field.id) { mutableStateOf(TextFieldValue(field.text, TextRange(field.text.length))) }
    // A SideEffect, not a LaunchedEffect: it runs right after this frame's composition,
    // before the next keystroke, so `idle` and `field.text` are still current. A launched
    // coroutine runs later, after keystrokes it never saw, and used to undo them.
    SideEffect {
        if (idle && field.text != local.text) {
            local = TextFieldValue(field.text, TextRange(field.text.length))
        }
    }
    val textField: @Composable () -> Unit = {
        OutlinedTextField(
            value = local,
            onValueChange = { value ->
                val changed = value.text != local.text
                local = value
                if (changed) send(Event.Edit(field.id, value.text))
            },
            label = { CoreText(field.label) },
            placeholder = { CoreText(field.placeholder) },
            isError = field.error != null,
            supportingText = supportingText(field),
            singleLine = singleLine,
            minLines = minLines,
            // Notes and labels: no autocorrect, so the keyboard has less reason to keep them.
            keyboardOptions = KeyboardOptions(autoCorrect = !field.sensitive),
            modifier = modifier.fillMaxWidth(),
        )
    }
    if (field.sensitive) LocalSensitiveInput.current(textField) else textField()
}

/** The core's error and counter under a field, or nothing where it has neither. */
private fun supportingText(field: TextFieldModel): (@Composable () -> Unit)? {
    if (field.error == null && field.counter == null) return null
    return {
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            CoreText(field.error.orEmpty(), Modifier.weight(1f))
            field.counter?.let { CoreText(it) }
        }
    }
}

/** The scrolling column every screen's content sits in. */
@Composable
fun ScreenColumn(modifier: Modifier = Modifier, content: @Composable ColumnScope.() -> Unit) {
    Column(
        verticalArrangement = Arrangement.spacedBy(12.dp),
        modifier = modifier
            .fillMaxSize()
            .verticalScroll(rememberScrollState())
            .padding(horizontal = 16.dp, vertical = 16.dp),
        content = content,
    )
}

/**
 * A heading TalkBack can jump to; nothing at all for an empty one (the core leaves out a
 * heading that would repeat the title). Balanced lines where the platform can.
 */
@Composable
fun Heading(text: String, modifier: Modifier = Modifier, large: Boolean = false) {
    if (text.isEmpty()) return
    val style = if (large) MaterialTheme.typography.headlineSmall else MaterialTheme.typography.titleLarge
    CoreText(text, modifier.semantics { heading() }, style = style.copy(lineBreak = LineBreak.Heading))
}

/** A line of text; a heading for screen readers exactly where the core flags it. */
@Composable
fun Line(line: TextLine, modifier: Modifier = Modifier) {
    if (line.heading) {
        Heading(line.text, modifier)
    } else {
        Paragraph(line.text, modifier)
    }
}

/**
 * The screen's sources behind one line: the core's button opens and closes them, the
 * lines (empty while closed) follow it. The same on every screen that has sources.
 */
@Composable
fun SourcesLine(sources: SourcesView?, send: Send) {
    sources ?: return
    Column(Modifier.fillMaxWidth().testTag(Tags.SOURCES), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        CoreButton(sources.toggle, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary)
        sources.lines.forEach { Detail(it) }
    }
}

/** Body text. */
@Composable
fun Paragraph(text: String, modifier: Modifier = Modifier) {
    CoreText(text, modifier, style = MaterialTheme.typography.bodyLarge)
}

/** Secondary text: sources, dates, hints. */
@Composable
fun Detail(text: String, modifier: Modifier = Modifier) {
    CoreText(text, modifier, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
}

/** Text that must stand out: a step's or question's title, a conclusion, a banner. */
@Composable
fun Strong(text: String, modifier: Modifier = Modifier) {
    CoreText(text, modifier, style = MaterialTheme.typography.titleMedium, fontWeight = FontWeight.Bold)
}

/** The case a screen is about, above its content. */
@Composable
fun CaseLabel(text: String, modifier: Modifier = Modifier) {
    CoreText(text, modifier, style = MaterialTheme.typography.titleMedium, color = MaterialTheme.colorScheme.primary)
}

/** A bulleted list of the card's points. */
@Composable
fun Bullets(items: List<String>, modifier: Modifier = Modifier) {
    Column(modifier, verticalArrangement = Arrangement.spacedBy(6.dp)) {
        items.forEach { item ->
            Row {
                Paragraph("•")
                Spacer(Modifier.width(10.dp))
                Paragraph(item, Modifier.weight(1f))
            }
        }
    }
}

/** A tinted block for text that must stand out (a banner, guidance, a conclusion). */
@Composable
fun Callout(modifier: Modifier = Modifier, content: @Composable ColumnScope.() -> Unit) {
    Surface(
        shape = RoundedCornerShape(12.dp),
        color = MaterialTheme.colorScheme.primaryContainer,
        contentColor = MaterialTheme.colorScheme.onPrimaryContainer,
        modifier = modifier.fillMaxWidth(),
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp), content = content)
    }
}

/** A card grouping one item (a step, a contact, a question). */
@Composable
fun ItemCard(modifier: Modifier = Modifier, content: @Composable ColumnScope.() -> Unit) {
    Surface(
        shape = RoundedCornerShape(12.dp),
        color = MaterialTheme.colorScheme.surfaceVariant,
        contentColor = MaterialTheme.colorScheme.onSurface,
        modifier = modifier.fillMaxWidth(),
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp), content = content)
    }
}
