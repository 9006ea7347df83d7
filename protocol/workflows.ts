import { z } from 'zod';
import { ZLanguageSchema } from './common.ts';

/**
 * Bot workflows: the definition a workspace edits and publishes, and the shapes the bot engine reads and
 * writes (run state, customer input, actions). The server runs a definition with `advance()`
 * (server/domain/bots/engine.ts); the editor previews a draft through the same function.
 */

/** Every text the bot sends exists in both languages; validation reports an empty one. */
export const ZLocalizedTextSchema = z.strictObject({
  en: z.string().trim().max(2000),
  es: z.string().trim().max(2000),
});
export type LocalizedText = z.infer<typeof ZLocalizedTextSchema>;

export const ZStepIdSchema = z.string().regex(/^[a-z0-9_-]{1,40}$/i, 'Use 1–40 letters, digits, _ or -');
export type StepId = z.infer<typeof ZStepIdSchema>;

/** A conversation custom attribute key. */
export const ZAttributeNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,59}$/, 'Use lower-case letters, digits and _, starting with a letter');

/** Sends its text and goes on. */
export const ZMessageStepSchema = z.strictObject({
  type: z.literal('message'),
  id: ZStepIdSchema,
  text: ZLocalizedTextSchema,
  next: ZStepIdSchema,
});

export const ZButtonOptionSchema = z.strictObject({
  id: ZStepIdSchema,
  label: ZLocalizedTextSchema,
  /** What a click stores into the step's attribute. */
  value: z.string().trim().min(1).max(200),
  next: ZStepIdSchema,
});
export type ButtonOption = z.infer<typeof ZButtonOptionSchema>;

/** Asks a question with buttons and waits for the customer. */
export const ZButtonsStepSchema = z.strictObject({
  type: z.literal('buttons'),
  id: ZStepIdSchema,
  text: ZLocalizedTextSchema,
  attribute: ZAttributeNameSchema,
  options: z.array(ZButtonOptionSchema).min(1).max(10),
  /** What text typed instead of clicking does: ask again, or take it as the answer. */
  on_text: z.enum(['reask', 'accept']),
  /** For 'reask': sent with the buttons again; a default otherwise. */
  reask_text: ZLocalizedTextSchema.optional(),
  /** For 'accept': where typed text is stored, so `attribute` keeps only the options' values (default: `attribute`). */
  text_attribute: ZAttributeNameSchema.optional(),
  /** For 'accept' (required then): the step after typed text. */
  text_next: ZStepIdSchema.optional(),
});

export const ZTextValidationSchema = z.enum(['none', 'email', 'number']);
export type TextValidation = z.infer<typeof ZTextValidationSchema>;

/** Asks for typed text and waits for the customer. */
export const ZTextInputStepSchema = z.strictObject({
  type: z.literal('text_input'),
  id: ZStepIdSchema,
  text: ZLocalizedTextSchema,
  attribute: ZAttributeNameSchema,
  validation: ZTextValidationSchema,
  /** Sent when the answer does not pass `validation`; a default otherwise. */
  invalid_text: ZLocalizedTextSchema.optional(),
  next: ZStepIdSchema,
});

export const ZBranchOperatorSchema = z.enum(['equals', 'not_equals', 'contains', 'is_set', 'is_not_set']);
export type BranchOperator = z.infer<typeof ZBranchOperatorSchema>;

export const ZBranchRuleSchema = z.strictObject({
  attribute: ZAttributeNameSchema,
  operator: ZBranchOperatorSchema,
  /** Required by equals, not_equals and contains. */
  value: z.string().trim().max(1000).optional(),
  next: ZStepIdSchema,
});
export type BranchRule = z.infer<typeof ZBranchRuleSchema>;

/** Goes to the first rule that matches the conversation's attributes, else to `otherwise`. */
export const ZBranchStepSchema = z.strictObject({
  type: z.literal('branch'),
  id: ZStepIdSchema,
  rules: z.array(ZBranchRuleSchema).min(1).max(20),
  otherwise: ZStepIdSchema,
});

export const ZAddTagStepSchema = z.strictObject({
  type: z.literal('add_tag'),
  id: ZStepIdSchema,
  tag: z.string().trim().min(1).max(190),
  next: ZStepIdSchema,
});

export const ZSetPriorityStepSchema = z.strictObject({
  type: z.literal('set_priority'),
  id: ZStepIdSchema,
  priority: z.boolean(),
  next: ZStepIdSchema,
});

export const ZAssignTeamStepSchema = z.strictObject({
  type: z.literal('assign_team'),
  id: ZStepIdSchema,
  team_id: z.string().regex(/^\d{1,15}$/, 'A team id is a string of digits'),
  next: ZStepIdSchema,
});

/** Ends the bot's work: a person takes the conversation. */
export const ZHandoffStepSchema = z.strictObject({
  type: z.literal('handoff'),
  id: ZStepIdSchema,
  /** Sent to the customer; DEFAULT_TEXTS.handoff otherwise. */
  text: ZLocalizedTextSchema.optional(),
});

/** Ends the bot's work: answers and closes the conversation. */
export const ZCloseStepSchema = z.strictObject({
  type: z.literal('close'),
  id: ZStepIdSchema,
  text: ZLocalizedTextSchema,
});

export const ZWorkflowStepSchema = z.discriminatedUnion('type', [
  ZMessageStepSchema,
  ZButtonsStepSchema,
  ZTextInputStepSchema,
  ZBranchStepSchema,
  ZAddTagStepSchema,
  ZSetPriorityStepSchema,
  ZAssignTeamStepSchema,
  ZHandoffStepSchema,
  ZCloseStepSchema,
]);
export type WorkflowStep = z.infer<typeof ZWorkflowStepSchema>;
export type WorkflowStepType = WorkflowStep['type'];
export type MessageStep = z.infer<typeof ZMessageStepSchema>;
export type ButtonsStep = z.infer<typeof ZButtonsStepSchema>;
export type TextInputStep = z.infer<typeof ZTextInputStepSchema>;
export type BranchStep = z.infer<typeof ZBranchStepSchema>;
export type AddTagStep = z.infer<typeof ZAddTagStepSchema>;
export type SetPriorityStep = z.infer<typeof ZSetPriorityStepSchema>;
export type AssignTeamStep = z.infer<typeof ZAssignTeamStepSchema>;
export type HandoffStep = z.infer<typeof ZHandoffStepSchema>;
export type CloseStep = z.infer<typeof ZCloseStepSchema>;

/** The steps that wait for the customer; every other step runs straight through. */
export const CUSTOMER_STEP_TYPES = ['buttons', 'text_input'] as const satisfies readonly WorkflowStepType[];
/** The steps that end the bot's work. */
export const TERMINAL_STEP_TYPES = ['handoff', 'close'] as const satisfies readonly WorkflowStepType[];

export const ZWorkflowDefinitionSchema = z.strictObject({
  start: ZStepIdSchema,
  steps: z.array(ZWorkflowStepSchema).min(1).max(200),
});
export type WorkflowDefinition = z.infer<typeof ZWorkflowDefinitionSchema>;

/** What the bot says when the definition gives no text of its own. */
export const DEFAULT_TEXTS = {
  reask: {
    en: "Sorry, I didn't get that. Please choose one of these options:",
    es: 'Perdona, no te he entendido. Elige una de estas opciones:',
  },
  invalid_email: {
    en: "That doesn't look like an email address. Could you check it and try again?",
    es: 'Eso no parece una dirección de correo. ¿Puedes revisarla y volver a escribirla?',
  },
  invalid_number: {
    en: 'Please answer with a number, for example 3.',
    es: 'Responde con un número, por ejemplo 3.',
  },
  invalid_empty: {
    en: 'Could you type your answer?',
    es: '¿Puedes escribir tu respuesta?',
  },
  handoff: {
    en: 'Thanks! A teammate will be with you shortly.',
    es: '¡Gracias! Enseguida te atiende una persona del equipo.',
  },
} as const satisfies Record<string, LocalizedText>;

/* ── Running a workflow ───────────────────────────────────────────────────────────────────────── */

/** Where a conversation's bot is: at the customer step it waits on, or at the step where it finished. */
export const ZBotRunStateSchema = z.strictObject({
  step_id: ZStepIdSchema,
  status: z.enum(['waiting', 'finished']),
  /** How many times the waiting step has asked again. */
  reasks: z.number().int().min(0).max(100),
});
export type BotRunState = z.infer<typeof ZBotRunStateSchema>;

export const ZBotInputSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('button'), step_id: z.string().max(40), option_id: z.string().max(40) }),
  z.strictObject({ type: z.literal('text'), text: z.string().max(10_000) }),
]);
export type BotInput = z.infer<typeof ZBotInputSchema>;

export const ZHandoffReasonSchema = z.enum(['workflow', 'no_answer', 'invalid_answer', 'step_limit', 'unknown_step']);
export type HandoffReason = z.infer<typeof ZHandoffReasonSchema>;

/** What the bot does, in order; texts are already in the run's language. */
export const ZBotActionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('send_message'),
    text: z.string(),
    /** A buttons step's options. */
    options: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
    step_id: z.string(),
  }),
  z.object({ type: z.literal('set_attribute'), name: z.string(), value: z.union([z.string(), z.number()]) }),
  z.object({ type: z.literal('add_tag'), tag: z.string() }),
  z.object({ type: z.literal('set_priority'), priority: z.boolean() }),
  z.object({ type: z.literal('assign_team'), team_id: z.string() }),
  z.object({ type: z.literal('handoff'), reason: ZHandoffReasonSchema, text: z.string() }),
  z.object({ type: z.literal('close'), text: z.string() }),
]);
export type BotAction = z.infer<typeof ZBotActionSchema>;

export const ZBotOutcomeSchema = z.enum(['waiting', 'handed_off', 'closed', 'ignored']);
export type BotOutcome = z.infer<typeof ZBotOutcomeSchema>;

/** Why an input changed nothing: a finished run, a second start, a stale or unknown button, a button where text is asked. */
export const ZBotIgnoredReasonSchema = z.enum([
  'finished',
  'already_started',
  'stale_step',
  'unknown_option',
  'unexpected_input',
]);
export type BotIgnoredReason = z.infer<typeof ZBotIgnoredReasonSchema>;

/* ── The API ──────────────────────────────────────────────────────────────────────────────────── */

/** Creates a workflow or updates its draft. */
export const ZWorkflowInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().optional(),
  definition: ZWorkflowDefinitionSchema,
});
export type WorkflowInput = z.infer<typeof ZWorkflowInputSchema>;

export const ZWorkflowSchema = z.object({
  type: z.literal('workflow'),
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  position: z.number(),
  trigger: z.literal('conversation_started'),
  draft: ZWorkflowDefinitionSchema,
  published_version: z.number().nullable(),
  /** Unix seconds. */
  published_at: z.number().nullable(),
  has_unpublished_changes: z.boolean(),
  created_at: z.number(),
  updated_at: z.number(),
});
export type Workflow = z.infer<typeof ZWorkflowSchema>;

export const ZWorkflowListSchema = z.object({ type: z.literal('list'), data: z.array(ZWorkflowSchema) });
export type WorkflowList = z.infer<typeof ZWorkflowListSchema>;

/** A published, frozen definition: runs stay on the version they started with. */
export const ZWorkflowVersionSchema = z.object({
  type: z.literal('workflow.version'),
  workflow_id: z.string(),
  version: z.number(),
  definition: ZWorkflowDefinitionSchema,
  published_at: z.number(),
});
export type WorkflowVersion = z.infer<typeof ZWorkflowVersionSchema>;

export const WORKFLOW_VALIDATION_CODES = [
  'duplicate_step_id',
  'unknown_start',
  'unknown_target',
  'missing_translation',
  'cannot_end',
  'loop_without_customer_step',
  'unreachable_step',
  'missing_text_next',
  'duplicate_option_id',
  'unknown_team',
  'missing_rule_value',
] as const;
export type WorkflowValidationCode = (typeof WORKFLOW_VALIDATION_CODES)[number];

/** One problem that keeps a draft from being published; `step_id` is null for the definition as a whole. */
export const ZWorkflowValidationErrorSchema = z.object({
  step_id: z.string().nullable(),
  code: z.enum(WORKFLOW_VALIDATION_CODES),
  message: z.string(),
});
export type WorkflowValidationError = z.infer<typeof ZWorkflowValidationErrorSchema>;

const ZAttributeValueSchema = z.union([z.string().max(1000), z.number().finite(), z.boolean(), z.null()]);
export const ZBotAttributesSchema = z
  .record(z.string().max(60), ZAttributeValueSchema)
  .refine((attributes) => Object.keys(attributes).length <= 100, 'At most 100 attributes');

/** Runs one step of a draft as a customer would: the editor keeps `run` and `attributes` between calls. */
export const ZWorkflowPreviewRequestSchema = z.strictObject({
  definition: ZWorkflowDefinitionSchema,
  language: ZLanguageSchema,
  run: ZBotRunStateSchema.nullable(),
  input: ZBotInputSchema,
  attributes: ZBotAttributesSchema,
});
export type WorkflowPreviewRequest = z.infer<typeof ZWorkflowPreviewRequestSchema>;

export const ZWorkflowPreviewSchema = z.object({
  type: z.literal('workflow.preview'),
  run: ZBotRunStateSchema,
  actions: z.array(ZBotActionSchema),
  /** The request's attributes with the run's set_attribute actions applied. */
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  outcome: ZBotOutcomeSchema,
  ignored_reason: ZBotIgnoredReasonSchema.optional(),
});
export type WorkflowPreview = z.infer<typeof ZWorkflowPreviewSchema>;
