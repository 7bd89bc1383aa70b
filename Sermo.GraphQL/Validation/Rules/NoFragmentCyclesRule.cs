using Sermo.GraphQL.Language;
using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.2: fragments must not spread themselves, directly or through other fragments.
/// Each cycle is reported once, at the spreads that form it.</summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public SyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                DetectCycles(fragment);
                return VisitAction.SkipChildren;
            }
            return node is OperationDefinitionNode ? VisitAction.SkipChildren : VisitAction.Continue;
        }

        // Depth-first over spreads with an explicit stack, so a long chain of fragments cannot overflow the call stack.
        private void DetectCycles(FragmentDefinitionNode start)
        {
            var spreadPath = new List<FragmentSpreadNode>();
            var pathIndexByName = new Dictionary<string, int>(StringComparer.Ordinal);
            var frames = new Stack<Frame>();
            if (!TryStart(start, spreadPath, pathIndexByName, frames))
                return;
            while (frames.TryPeek(out var frame))
            {
                if (frame.NextSpread > 0)
                    spreadPath.RemoveAt(spreadPath.Count - 1);
                if (frame.NextSpread == frame.Spreads.Count)
                {
                    pathIndexByName.Remove(frame.FragmentName);
                    frames.Pop();
                    continue;
                }
                var spread = frame.Spreads[frame.NextSpread++];
                var spreadName = spread.Name.Value;
                spreadPath.Add(spread);
                if (pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    var cycle = spreadPath.GetRange(cycleIndex, spreadPath.Count - cycleIndex);
                    var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                    context.ReportError(
                        $"Cannot spread fragment \"{spreadName}\" within itself{(via.Length > 0 ? $" via {via}." : ".")}",
                        cycle);
                }
                else if (context.GetFragment(spreadName) is { } next)
                {
                    TryStart(next, spreadPath, pathIndexByName, frames);
                }
            }
        }

        private bool TryStart(FragmentDefinitionNode fragment, List<FragmentSpreadNode> spreadPath,
            Dictionary<string, int> pathIndexByName, Stack<Frame> frames)
        {
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
                return false;
            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
                return false;
            pathIndexByName[name] = spreadPath.Count;
            frames.Push(new Frame(name, spreads));
            return true;
        }

        private sealed class Frame(string fragmentName, IReadOnlyList<FragmentSpreadNode> spreads)
        {
            public string FragmentName { get; } = fragmentName;
            public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;
            public int NextSpread { get; set; }
        }
    }
}
