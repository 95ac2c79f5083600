using CustomerComms.Api.Commands;

return await CommandLine.RunAsync(args);
