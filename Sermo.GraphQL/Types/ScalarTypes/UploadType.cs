using Sermo.GraphQL.Language.Ast;

namespace Sermo.GraphQL.Types.ScalarTypes;

/// <summary><c>Upload</c>: a file sent beside the operation in a multipart request (the GraphQL multipart request
/// specification); internally an <see cref="IUploadedFile"/>. Input only: a file cannot be written in a query's text,
/// and no field returns one.</summary>
public sealed class UploadType : ScalarType
{
    public UploadType()
        : base("Upload", "A file sent with the request as a part of a multipart request; usable only as the value of a variable.") =>
        SpecifiedByUrl = "https://github.com/jaydenseric/graphql-multipart-request-spec";

    public override object Serialize(object value) =>
        throw new ScalarCoercionException("Upload is an input type: no field can return a file.");

    public override object ParseValue(object value) => value as IUploadedFile
        ?? throw new ScalarCoercionException(
            "Upload cannot represent a value written in JSON: send the file as a part of a multipart request and map it to this variable.");

    public override object ParseLiteral(ValueNode literal) =>
        throw new ScalarCoercionException("Upload cannot be written in the operation: pass the file in a variable of a multipart request.");

    public override ValueNode ToLiteral(object value) =>
        throw new ScalarCoercionException("Upload has no literal form.");
}
