export {
  type AssignmentBecause,
  type AssignmentDecision,
  type AssignmentTrigger,
  type DecisionCandidate,
  type DecisionLanguage,
  type DistributionMethod as AssignmentMethod,
  type SkipReason,
  ZAssignmentDecisionSchema,
  ZDistributionMethodSchema as ZAssignmentMethodSchema,
  ZSkipReasonSchema,
} from '../../../protocol/assignment.ts';
