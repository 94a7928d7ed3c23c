namespace Cnap.Host.Queue;

/// <summary>Queue refusals as problem details: 404 for what does not exist (or another centre's), 409 for a taken slot, 422 for the rest.</summary>
public static class QueueProblems
{
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (QueueRefusal e)
        {
            var status = e.Reason switch
            {
                RefusalReason.NotFound or RefusalReason.OtherCentre => StatusCodes.Status404NotFound,
                RefusalReason.SlotTaken => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status422UnprocessableEntity,
            };
            return TypedResults.Problem(e.Message, statusCode: status, title: e.Reason.ToString(),
                extensions: new Dictionary<string, object?> { ["reason"] = e.Reason.ToString() });
        }
    }
}
