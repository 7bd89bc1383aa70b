using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Validation;

/// <summary>Comparison of value literals as written.</summary>
internal static class LiteralEquivalence
{
    /// <summary>True when both literals print the same once input object fields are ordered by name
    /// (so <c>{a: 1, b: 2}</c> and <c>{b: 2, a: 1}</c> are equivalent; list order matters).</summary>
    public static bool AreEquivalent(ValueNode a, ValueNode b)
    {
        switch (a, b)
        {
            case (VariableNode va, VariableNode vb):
                return va.Name.Value == vb.Name.Value;
            case (IntValueNode ia, IntValueNode ib):
                return ia.Value == ib.Value;
            case (FloatValueNode fa, FloatValueNode fb):
                return fa.Value == fb.Value;
            case (StringValueNode sa, StringValueNode sb):
                return sa.Value == sb.Value && sa.Block == sb.Block;
            case (BooleanValueNode ba, BooleanValueNode bb):
                return ba.Value == bb.Value;
            case (NullValueNode, NullValueNode):
                return true;
            case (EnumValueNode ea, EnumValueNode eb):
                return ea.Value == eb.Value;
            case (ListValueNode la, ListValueNode lb):
                if (la.Values.Count != lb.Values.Count)
                    return false;
                for (var i = 0; i < la.Values.Count; i++)
                {
                    if (!AreEquivalent(la.Values[i], lb.Values[i]))
                        return false;
                }
                return true;
            case (ObjectValueNode oa, ObjectValueNode ob):
                if (oa.Fields.Count != ob.Fields.Count)
                    return false;
                var fieldsA = oa.Fields.OrderBy(field => field.Name.Value, StringComparer.Ordinal).ToList();
                var fieldsB = ob.Fields.OrderBy(field => field.Name.Value, StringComparer.Ordinal).ToList();
                for (var i = 0; i < fieldsA.Count; i++)
                {
                    if (fieldsA[i].Name.Value != fieldsB[i].Name.Value || !AreEquivalent(fieldsA[i].Value, fieldsB[i].Value))
                        return false;
                }
                return true;
            default:
                return false;
        }
    }
}
