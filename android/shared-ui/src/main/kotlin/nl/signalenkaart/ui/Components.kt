package nl.signalenkaart.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.KeyboardArrowRight
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Checkbox
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.TextRange
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.input.TextFieldValue
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.CheckRow
import nl.signalenkaart.core.ChoiceGroup
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
    const val BACK = "back"
    const val LOCK = "lock"
    const val QUICK_EXIT = "quick-exit"
    const val NOTICE = "notice"
    const val TITLE = "title"
    const val PIN_DOTS = "pin-dots"
    fun step(number: Int) = "step-$number"
    fun question(number: Int) = "question-$number"
}

/** Whether every event sent has come back from the core (see [Store.idle]). */
val LocalCoreIdle = staticCompositionLocalOf { true }

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
    val label: @Composable () -> Unit = { Text(button.label, style = MaterialTheme.typography.labelLarge) }
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
                Text(row.label, style = MaterialTheme.typography.titleMedium)
                row.detail?.let {
                    Text(it, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
                }
            }
            Icon(Icons.Filled.KeyboardArrowRight, contentDescription = null)
        }
    }
}

/**
 * A row with a checkbox; the whole row is the touch target. The row's second action (the
 * remark of an observed signal), where the view model gives one, sits at its end.
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
                .semantics { contentDescription = row.accessibilityLabel }
                .padding(vertical = 6.dp),
        ) {
            Checkbox(checked = row.checked, onCheckedChange = null, modifier = Modifier.padding(horizontal = 12.dp))
            Column(Modifier.weight(1f)) {
                Text(row.label, style = MaterialTheme.typography.bodyLarge)
                row.detail?.let {
                    Text(it, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant)
                }
            }
        }
        row.secondary?.let { CoreButton(it, send, style = ButtonStyle.Quiet) }
    }
}

/**
 * A labelled choice. Up to three short options sit side by side as a segmented row (a
 * step's status, yes/no); longer lists are radio rows, one per line.
 */
@Composable
fun ChoiceGroupItem(group: ChoiceGroup, send: Send, modifier: Modifier = Modifier) {
    Column(modifier.fillMaxWidth()) {
        Text(group.label, style = MaterialTheme.typography.titleSmall, modifier = Modifier.padding(bottom = 4.dp))
        if (group.options.size <= 3) {
            Row(
                horizontalArrangement = Arrangement.spacedBy(8.dp),
                modifier = Modifier.fillMaxWidth().selectableGroup(),
            ) {
                group.options.forEach { option ->
                    val colors = if (option.selected) {
                        MaterialTheme.colorScheme.primary to MaterialTheme.colorScheme.onPrimary
                    } else {
                        MaterialTheme.colorScheme.surfaceVariant to MaterialTheme.colorScheme.onSurfaceVariant
                    }
                    Surface(
                        shape = RoundedCornerShape(24.dp),
                        color = colors.first,
                        contentColor = colors.second,
                        modifier = Modifier
                            .weight(1f)
                            .heightIn(min = MinTouch)
                            .selectable(selected = option.selected, role = Role.RadioButton, onClick = { send(option.event) }),
                    ) {
                        Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.Center) {
                            Text(
                                option.label,
                                style = MaterialTheme.typography.labelLarge,
                                fontWeight = if (option.selected) FontWeight.Bold else FontWeight.Normal,
                                modifier = Modifier.padding(horizontal = 8.dp, vertical = 12.dp),
                            )
                        }
                    }
                }
            }
        } else {
            Column(Modifier.selectableGroup()) {
                group.options.forEach { option ->
                    Row(
                        verticalAlignment = Alignment.CenterVertically,
                        modifier = Modifier
                            .fillMaxWidth()
                            .heightIn(min = MinTouch)
                            .selectable(selected = option.selected, role = Role.RadioButton, onClick = { send(option.event) }),
                    ) {
                        RadioButton(selected = option.selected, onClick = null, modifier = Modifier.padding(horizontal = 12.dp))
                        Text(option.label, style = MaterialTheme.typography.bodyLarge)
                    }
                }
            }
        }
    }
}

/**
 * A text field whose text the core holds; every change goes to the core as
 * `Event.Edit(field.id, text)`, whole and uncut (the core explains what is too long).
 * While events are in flight the field shows what was typed (the IME's state must not
 * jump back); once the core has caught up, its text wins, so a text the core cleared or
 * refused shows as the core has it.
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
    var local by remember { mutableStateOf(TextFieldValue(field.text, TextRange(field.text.length))) }
    LaunchedEffect(idle, field.text) {
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
            label = { Text(field.label) },
            placeholder = { Text(field.placeholder) },
            isError = field.error != null,
            supportingText = field.error?.let { { Text(it) } },
            singleLine = singleLine,
            minLines = minLines,
            // Notes and labels: no autocorrect, so the keyboard has less reason to keep them.
            keyboardOptions = KeyboardOptions(autoCorrect = !field.sensitive),
            modifier = modifier.fillMaxWidth(),
        )
    }
    if (field.sensitive) LocalSensitiveInput.current(textField) else textField()
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

/** A heading TalkBack can jump to. */
@Composable
fun Heading(text: String, modifier: Modifier = Modifier, large: Boolean = false) {
    Text(
        text,
        style = if (large) MaterialTheme.typography.headlineSmall else MaterialTheme.typography.titleLarge,
        modifier = modifier.semantics { heading() },
    )
}

/** Body text. */
@Composable
fun Paragraph(text: String, modifier: Modifier = Modifier) {
    Text(text, style = MaterialTheme.typography.bodyLarge, modifier = modifier)
}

/** Secondary text: sources, dates, hints. */
@Composable
fun Detail(text: String, modifier: Modifier = Modifier) {
    Text(text, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant, modifier = modifier)
}

/** A bulleted list of the card's points. */
@Composable
fun Bullets(items: List<String>, modifier: Modifier = Modifier) {
    Column(modifier, verticalArrangement = Arrangement.spacedBy(6.dp)) {
        items.forEach { item ->
            Row {
                Text("•", style = MaterialTheme.typography.bodyLarge)
                Spacer(Modifier.width(10.dp))
                Text(item, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
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
